package io.frontline.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for Telegram's {@code parse_mode=HTML}: the bot's replies are plain text, so every {@code <},
 * {@code >} and {@code &} is escaped (a client named {@code <b>Tom & Co} cannot break a message or
 * inject markup); and a text longer than Telegram takes in one message is split where a reader
 * would pause.
 */
final class Html {

  /** Telegram's limit for one message's text, in UTF-16 code units after entities are parsed. */
  static final int MAX_MESSAGE = 4096;

  private Html() {}

  /** Escapes the three characters Telegram's HTML parser gives meaning to. */
  static String escape(String plain) {
    StringBuilder sb = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Splits plain text into parts of at most {@code max} characters, preferring, in this order, a
   * paragraph break, a line break, the end of a sentence, a space; a part is cut mid-word only when
   * it has none of those, and never inside a surrogate pair (an emoji stays whole).
   */
  static List<String> split(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("max must be at least 2, was " + max);
    }
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = cut(rest, max);
      String part = rest.substring(0, cut).strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /** Where to end the first part of {@code s}: an index in (0, max]. */
  private static int cut(String s, int max) {
    // Search only the second half, so no part is absurdly short.
    int floor = max / 2;
    int at = s.lastIndexOf("\n\n", max - 2);
    if (at >= floor) {
      return at + 2;
    }
    at = s.lastIndexOf('\n', max - 1);
    if (at >= floor) {
      return at + 1;
    }
    for (int i = max - 1; i >= floor; i--) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…' || c == '。')
          && i + 1 < s.length()
          && Character.isWhitespace(s.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = max; i >= floor; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
  }
}
