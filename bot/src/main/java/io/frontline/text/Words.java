package io.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lower-cased words of a text, the unit phrase matching works on. */
public final class Words {

  private Words() {}

  /**
   * Splits on anything that is not a letter or digit, lower-cases, and folds {@code ё} into
   * {@code е}, which Russian writers use interchangeably. An apostrophe inside a word stays, as
   * {@code '} whichever of the several apostrophes the client typed: Ukrainian {@code м'ясо} and
   * {@code Кам'яниця} are one word each, and the per-language analyzers know them that way.
   */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isApostrophe(cp)) {
        if (word.length() > 0 && i < text.length() && Character.isLetter(text.codePointAt(i))) {
          word.append('\'');
          continue;
        }
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(fold(cp));
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

  /** ASCII ', the typographic ’, the modifier letter ʼ (Java counts it a letter) and the backtick. */
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
