package io.frontline.text;

import java.text.Normalizer;

/**
 * Latin letters without their diacritics, as clients often type them ("zwrot pieniedzy",
 * "penzem vissza", "zurueck" aside). Cyrillic is left alone: й, ї and і are letters of their own.
 */
public final class Fold {

  private Fold() {}

  public static String latin(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length() && plain; i++) {
      char ch = word.charAt(i);
      plain = ch < 0x80 || ch >= 0x250;
    }
    if (plain) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (ch < 0x80 || ch >= 0x250) {
        b.append(ch);
      } else if (ch == 'ł' || ch == 'Ł') {
        b.append('l');
      } else if (ch == 'ß') {
        b.append("ss");
      } else {
        String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        for (int k = 0; k < base.length(); k++) {
          if (Character.getType(base.charAt(k)) != Character.NON_SPACING_MARK) {
            b.append(base.charAt(k));
          }
        }
      }
    }
    return b.toString();
  }
}
