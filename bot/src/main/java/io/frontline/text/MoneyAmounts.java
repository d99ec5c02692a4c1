package io.frontline.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in a text: a number with a currency after it ("1 800 UAH", "100 грн") or before
 * it ("UAH 100", "₴95"). One reading serves both the knowledge check and the price guard, so an
 * article that `frontline check` accepts is one the guard lets through at runtime.
 */
public final class MoneyAmounts {

  /** An amount as found: its value, the text that stated it, and where. */
  public record Amount(BigDecimal value, String text, int start) {}

  private static final String NUMBER =
      "(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  private static final String CURRENCY =
      "(?:uah|грн\\.?|гривн\\p{L}*|гривен\\p{L}*|гривень|hrn\\p{L}*|hrywn\\p{L}*|hrywien|hrivn\\p{L}*|₴"
          + "|usd|\\$|eur|€|euro\\p{L}*|евро|євро|dollar\\p{L}*|доллар\\p{L}*|долар\\p{L}*"
          + "|rub|руб\\p{L}*|₽|pln|zł|zl|złot\\p{L}*|zlot\\p{L}*|злот\\p{L}*|зл\\.?|huf|ft|forint\\p{L}*|форинт\\p{L}*|£|gbp"
          + "|tenge"
          // Tenge as companies in Kazakhstan write it, and the other currencies of the region.
          + "|kzt|₸|тг\\.?|тенге|теңге|chf|czk|kč|ron|lei)";
  private static final Pattern AFTER =
      Pattern.compile(NUMBER + "\\s?" + CURRENCY + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BEFORE =
      Pattern.compile("(?<![\\p{L}])" + CURRENCY + "\\s?" + NUMBER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern GROUPED = Pattern.compile("(\\d{1,3}(?:[.,]\\d{3})+)(?:[.,](\\d{1,2}))?");

  private MoneyAmounts() {}

  public static List<Amount> in(String text) {
    List<Amount> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher m = AFTER.matcher(text);
    while (m.find()) {
      taken.add(new int[] {m.start(), m.end()});
      out.add(new Amount(value(m.group(1)), m.group().trim(), m.start()));
    }
    m = BEFORE.matcher(text);
    while (m.find()) {
      int start = m.start();
      // "100 грн. 10 бутылей": that currency closes the amount before it, it opens nothing.
      if (taken.stream().noneMatch(t -> start >= t[0] && start < t[1])) {
        out.add(new Amount(value(m.group(1)), m.group().trim(), start));
      }
    }
    return out;
  }

  /** "1 800", "1,800" and "1.800" are 1800 (a thousands separator); "2,50" is 2.5; "1.800,50" is 1800.5. */
  public static BigDecimal value(String number) {
    String t = number.replaceAll("[\\s\\u00A0\\u202F\\u2009]", "");
    Matcher grouped = GROUPED.matcher(t);
    if (grouped.matches()) {
      t = grouped.group(1).replaceAll("[.,]", "") + (grouped.group(2) == null ? "" : "." + grouped.group(2));
    } else {
      t = t.replace(',', '.');
    }
    try {
      return new BigDecimal(t).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(-1);
    }
  }
}
