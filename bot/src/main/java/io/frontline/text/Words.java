package io.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lower-cased words of a text, the unit phrase matching works on. */
public final class Words {

  private Words() {}

  /**
   * Splits on anything that is not a letter or digit, lower-cases, and folds {@code ё} into
   * {@code е}, which Russian writers use interchangeably. Apostrophes inside words are dropped,
   * not split on, so Ukrainian {@code м'ясо} stays one word and {@code don't} reads as {@code dont},
   * however the client typed the apostrophe.
   */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      // U+02BC (the Ukrainian apostrophe) is a letter to Java: treat it as the apostrophe it is.
      if ((Character.isLetterOrDigit(cp) && !isApostrophe(cp))
          || Character.getType(cp) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(fold(cp));
      } else if (isApostrophe(cp) && word.length() > 0 && i < text.length()
          && Character.isLetter(text.codePointAt(i))) {
        continue;
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '`';
  }

  private static int fold(int cp) {
    int lower = Character.toLowerCase(cp);
    return lower == 'ё' ? 'е' : lower;
  }

  public static String normalize(String text) {
    return String.join(" ", of(text)).toLowerCase(Locale.ROOT);
  }
}
