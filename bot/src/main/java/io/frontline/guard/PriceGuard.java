package io.frontline.guard;

import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LocalizedText;
import io.frontline.knowledge.Partner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices are fixed: every amount of money in a reply must be a catalog price or a listed discount
 * price, and every percentage must be one the knowledge itself states (a listed discount, a
 * partner's perk). An invented price or an unlisted "10% off" never reaches the client.
 */
public final class PriceGuard implements ReplyGuard {

  public static final String NAME = "fixed-prices";

  private static final String NUMBER = "(\\d{1,3}(?:[ \\u00A0.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  private static final String CURRENCY =
      "(?:uah|грн\\.?|гривн\\p{L}*|гривен\\p{L}*|гривень|hrn\\p{L}*|hrywn\\p{L}*|hrywien|hrivn\\p{L}*|₴"
          + "|usd|\\$|eur|€|euro\\p{L}*|евро|євро|dollar\\p{L}*|доллар\\p{L}*|долар\\p{L}*"
          + "|rub|руб\\p{L}*|₽|pln|zł|złot\\p{L}*|zlot\\p{L}*|huf|ft|forint\\p{L}*|£|gbp)";
  private static final Pattern AMOUNT_AFTER =
      Pattern.compile(NUMBER + "\\s?" + CURRENCY + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AMOUNT_BEFORE =
      Pattern.compile("(?<![\\p{L}])" + CURRENCY + "\\s?" + NUMBER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s?%");

  private final Set<BigDecimal> prices;
  private final Set<BigDecimal> percents = new HashSet<>();

  public PriceGuard(Knowledge knowledge) {
    this.prices = knowledge.catalog().quotablePrices();
    knowledge.catalog().items().forEach(i -> i.discounts().forEach(d -> collectPercents(d.text())));
    knowledge.partners().forEach(p -> collectPercents(p.perk()));
    knowledge.articles().forEach(a -> a.byLanguage().values().forEach(t -> collectPercents(t.body())));
    for (Partner p : knowledge.partners()) {
      collectAmounts(p.perk());
    }
  }

  private void collectPercents(LocalizedText text) {
    text.byLanguage().values().forEach(this::collectPercents);
  }

  private void collectPercents(String text) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      percents.add(number(m.group(1)));
    }
  }

  private void collectAmounts(LocalizedText text) {
    for (String t : text.byLanguage().values()) {
      Matcher m = AMOUNT_AFTER.matcher(t);
      while (m.find()) {
        prices.add(number(m.group(1)));
      }
    }
  }

  @Override
  public Verdict check(Decision decision) {
    String text = decision.reply();
    List<int[]> taken = new ArrayList<>();
    for (Pattern p : new Pattern[] {AMOUNT_AFTER, AMOUNT_BEFORE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int start = m.start();
        // "100 грн. 10 бутылей": that currency closes the amount before it, it opens nothing
        if (p == AMOUNT_BEFORE && taken.stream().anyMatch(t -> start >= t[0] && start < t[1])) {
          continue;
        }
        taken.add(new int[] {m.start(), m.end()});
        BigDecimal amount = number(m.group(1));
        if (!prices.contains(amount)) {
          return Verdict.reject(NAME, "\"" + m.group().trim() + "\" is not a catalog price");
        }
      }
    }
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      if (!percents.contains(number(m.group(1)))) {
        return Verdict.reject(NAME, "\"" + m.group().trim() + "\" is not a discount the knowledge lists");
      }
    }
    return Verdict.PASS;
  }

  static BigDecimal number(String text) {
    String t = text.replaceAll("[\\s\\u00A0]", "");
    // "1.800" or "1,800" with three digits after the only separator is a thousands separator.
    if (t.matches("\\d{1,3}([.,]\\d{3})+")) {
      t = t.replaceAll("[.,]", "");
    } else {
      t = t.replace(',', '.');
    }
    try {
      return new BigDecimal(t).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(-1);
    }
  }

  @Override
  public String toString() {
    return NAME + prices.toString().toLowerCase(Locale.ROOT);
  }
}
