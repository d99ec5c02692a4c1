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
      if (sb.length() >= MAX_CHARS) {
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
    return new CleanText(sb.toString(), truncated, words, symbols);
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
