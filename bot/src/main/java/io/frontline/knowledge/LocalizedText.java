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

  /**
   * The text in {@code language}, or else in the first language of {@link LanguageFallback#chain}
   * that has one ({@code fallback}, the company's default, last), or else any text there is.
   */
  public String in(String language, String fallback) {
    for (String l : LanguageFallback.chain(language, fallback)) {
      String text = byLanguage.get(l);
      if (text != null) {
        return text;
      }
    }
    return byLanguage.values().stream().findFirst().orElse("");
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
