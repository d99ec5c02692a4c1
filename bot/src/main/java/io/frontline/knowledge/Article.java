package io.frontline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An FAQ or policy article: one id, one text per language. */
public record Article(String id, Map<String, Text> byLanguage) {

  public Article {
    byLanguage = Map.copyOf(byLanguage);
  }

  public Optional<Text> in(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  /** The article as written in one language. */
  public record Text(
      String language, String title, List<String> questions, List<String> tags, String body) {
    public Text {
      questions = List.copyOf(questions);
      tags = List.copyOf(tags);
    }
  }
}
