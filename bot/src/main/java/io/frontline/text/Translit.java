package io.frontline.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Russian and Ukrainian typed in Latin letters, as people do on a phone without a Cyrillic
 * keyboard: "operator pozhaluysta", "zhahlyvyi servis". Written back in Cyrillic the usual informal
 * way, so the lexicons and the analyzers can read it. Only plain ASCII letters are read: Polish,
 * Hungarian or German text carries diacritics and is never a candidate.
 */
public final class Translit {

  /** Spellings Russian and Ukrainian share. */
  private static final Map<String, String> COMMON =
      Map.ofEntries(
          Map.entry("shch", "щ"), Map.entry("sch", "щ"), Map.entry("zh", "ж"), Map.entry("kh", "х"),
          Map.entry("ch", "ч"), Map.entry("sh", "ш"), Map.entry("ts", "ц"), Map.entry("tz", "ц"),
          Map.entry("yu", "ю"), Map.entry("ju", "ю"), Map.entry("ya", "я"), Map.entry("ja", "я"),
          Map.entry("'", "ь"), Map.entry("a", "а"), Map.entry("b", "б"), Map.entry("v", "в"),
          Map.entry("g", "г"), Map.entry("d", "д"), Map.entry("e", "е"), Map.entry("z", "з"),
          Map.entry("j", "й"), Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"),
          Map.entry("n", "н"), Map.entry("o", "о"), Map.entry("p", "п"), Map.entry("r", "р"),
          Map.entry("s", "с"), Map.entry("t", "т"), Map.entry("u", "у"), Map.entry("f", "ф"),
          Map.entry("c", "ц"), Map.entry("w", "в"), Map.entry("x", "кс"), Map.entry("q", "к"));

  private static final List<Map.Entry<String, String>> RU =
      table(
          Map.of(
              "yo", "ё", "jo", "ё", "ye", "е", "je", "е", "iy", "ий", "yy", "ый", "ij", "ий", "i", "и", "h", "х",
              "y", "ы"));

  private static final List<Map.Entry<String, String>> UK =
      table(Map.of("ye", "є", "je", "є", "yi", "ий", "iy", "ій", "i", "і", "h", "г", "y", "и"));

  /** The shared spellings and a language's own, longest first: "shch" before "sh" before "s". */
  private static List<Map.Entry<String, String>> table(Map<String, String> own) {
    Map<String, String> all = new java.util.HashMap<>(COMMON);
    all.putAll(own);
    return all.entrySet().stream()
        .sorted(java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
        .toList();
  }

  private static final String VOWELS = "aeiouy";

  private Translit() {}

  /** The text in Cyrillic as a Russian ("ru") or Ukrainian ("uk") writer meant it; empty when it is not plain Latin. */
  public static Optional<String> toCyrillic(String text, String language) {
    List<Map.Entry<String, String>> table = "uk".equals(language) ? UK : "ru".equals(language) ? RU : null;
    if (table == null || !plainLatin(text)) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    int i = 0;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '\'') {
        out.append(c);
        i++;
        continue;
      }
      // "y" after a vowel closes a syllable: "pozhaluysta" is пожалуйста, "moy" is мой.
      if (c == 'y' && i > 0 && VOWELS.indexOf(lower.charAt(i - 1)) >= 0
          && (i + 1 >= lower.length() || VOWELS.indexOf(lower.charAt(i + 1)) < 0)) {
        out.append('й');
        i++;
        continue;
      }
      boolean matched = false;
      for (Map.Entry<String, String> e : table) {
        if (lower.startsWith(e.getKey(), i)) {
          out.append(e.getValue());
          i += e.getKey().length();
          matched = true;
          break;
        }
      }
      if (!matched) {
        out.append(c);
        i++;
      }
    }
    return Optional.of(out.toString());
  }

  /** ASCII letters only, at least one: diacritics mean a Latin-script language, Cyrillic needs nothing. */
  public static boolean plainLatin(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (c > 0x7f) {
          return false;
        }
        letter = true;
      }
    }
    return letter;
  }
}
