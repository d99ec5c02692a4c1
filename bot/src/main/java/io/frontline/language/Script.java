package io.frontline.language;

import java.util.Set;

/** The alphabet a text is written in, as far as choosing a reply language needs to know. */
enum Script {
  CYRILLIC,
  LATIN,
  OTHER;

  private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "sr", "mk", "kk");

  static Script of(String text) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (cyrillic == 0 && latin == 0) {
      return OTHER;
    }
    return cyrillic > latin ? CYRILLIC : LATIN;
  }

  /** Whether {@code language} is written in this script; text without letters fits any. */
  boolean fits(String language) {
    return switch (this) {
      case CYRILLIC -> CYRILLIC_LANGUAGES.contains(language);
      case LATIN -> !CYRILLIC_LANGUAGES.contains(language);
      case OTHER -> true;
    };
  }

  /** The default language, unless it cannot be the language of this text. */
  String fallback(Set<String> spoken, String defaultLanguage) {
    if (fits(defaultLanguage)) {
      return defaultLanguage;
    }
    return spoken.stream().filter(this::fits).sorted().findFirst().orElse(defaultLanguage);
  }
}
