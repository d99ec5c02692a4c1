package io.frontline.knowledge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Client-facing text with one version per language code (ISO 639-1). Immutable. */
public record LocalizedText(Map<String, String> byLanguage) {

  public static final LocalizedText EMPTY = new LocalizedText(Map.of());

  public LocalizedText {
    byLanguage = Map.copyOf(byLanguage);
  }

  public static LocalizedText of(String language, String text) {
    return new LocalizedText(Map.of(language, text));
  }

  /** The text in {@code language}, or else in {@code fallback}, or else any text there is. */
  public String in(String language, String fallback) {
    String text = byLanguage.get(language);
    if (text == null) {
      text = byLanguage.get(fallback);
    }
    if (text == null) {
      text = byLanguage.values().stream().findFirst().orElse("");
    }
    return text;
  }

  public Optional<String> exactly(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }

  public Set<String> languages() {
    return byLanguage.keySet();
  }

  public boolean isEmpty() {
    return byLanguage.isEmpty();
  }
}
