package io.frontline.text;

import java.text.Normalizer;

/**
 * What is left of a client's message once invisible and control characters are gone. Clients paste
 * text from everywhere; zero-width joiners and stray control bytes must neither crash the bot nor
 * hide words from it.
 *
 * @param text the cleaned text, NFC-normalised, whitespace collapsed, at most {@link #MAX_CHARS}
 * @param truncated whether the original was longer than what the bot reads
 * @param hasWords whether any letter or digit is left
 * @param hasSymbols whether emoji or other symbols are left
 */
public record CleanText(String text, boolean truncated, boolean hasWords, boolean hasSymbols) {

  /** The bot reads this much of a message; the rest is kept in the transcript, not analysed. */
  public static final int MAX_CHARS = 2_000;

  public static CleanText of(String raw) {
    if (raw == null) {
      return new CleanText("", false, false, false);
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(Math.min(nfc.length(), MAX_CHARS + 16));
    boolean words = false;
    boolean symbols = false;
    boolean space = false;
    boolean truncated = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
        space = sb.length() > 0;
        continue;
      }
      // the pending space and the whole code point must fit: never more than MAX_CHARS, never
      // half a surrogate pair
      if (sb.length() + (space ? 1 : 0) + Character.charCount(cp) > MAX_CHARS) {
        truncated = true;
        break;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.appendCodePoint(cp);
      if (Character.isLetterOrDigit(cp)) {
        words = true;
      } else if (Character.getType(cp) == Character.OTHER_SYMBOL
          || Character.getType(cp) == Character.SURROGATE
          || cp >= 0x1F000) {
        symbols = true;
      }
    }
    return new CleanText(fixMixedScriptWords(sb.toString()), truncated, words, symbols);
  }

  private static final String LATIN_LOOKALIKES = "aceopxyABCEHKMOPTX";
  private static final String CYRILLIC_TWINS = "асеорхуАВСЕНКМОРТХ";

  /**
   * Inside a word that is otherwise Cyrillic, Latin look-alikes ("Скoлько" typed with a Latin o,
   * common on mixed keyboards) become the Cyrillic letters they stand for, so the word is found.
   */
  static String fixMixedScriptWords(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        out.append(needsFix(word) ? toCyrillic(word) : word);
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean needsFix(String word) {
    boolean cyrillic = false;
    boolean lookalike = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic = true;
      } else if (LATIN_LOOKALIKES.indexOf(c) >= 0) {
        lookalike = true;
      } else if (c < 0x80) {
        return false;
      }
    }
    return cyrillic && lookalike;
  }

  private static String toCyrillic(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      int at = LATIN_LOOKALIKES.indexOf(c);
      sb.append(at >= 0 ? CYRILLIC_TWINS.charAt(at) : c);
    }
    return sb.toString();
  }

  private static boolean isInvisible(int cp) {
    return (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x2060 && cp <= 0x2064)
        || cp == 0xFEFF
        || cp == 0x00AD
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0x202A && cp <= 0x202E)
        || Character.getType(cp) == Character.FORMAT;
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
