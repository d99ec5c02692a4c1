package io.frontline.guard;

import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.LocalizedText;
import io.frontline.text.MoneyAmounts;
import java.math.BigDecimal;
import java.util.HashSet;
import io.frontline.order.OrderDraft;
import io.frontline.order.Quote;
import java.util.Locale;
import java.util.Optional;
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

  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s?%");

  private final Set<BigDecimal> prices;
  private final Knowledge knowledge;
  private final Set<BigDecimal> percents = new HashSet<>();

  public PriceGuard(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.prices = knowledge.catalog().quotablePrices();
    knowledge.catalog().items().forEach(i -> i.discounts().forEach(d -> collectPercents(d.text())));
    knowledge.partners().forEach(p -> collectPercents(p.perk()));
    knowledge.articles().forEach(a -> a.byLanguage().values().forEach(t -> collectPercents(t.body())));
    // A partner's perk may name an amount ("200 UAH off"): the knowledge states it, so it may be said.
    knowledge.partners().forEach(p -> p.perk().byLanguage().values().forEach(t -> MoneyAmounts.in(t).forEach(a -> prices.add(a.value()))));
  }

  private void collectPercents(LocalizedText text) {
    text.byLanguage().values().forEach(this::collectPercents);
  }

  private void collectPercents(String text) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      percents.add(MoneyAmounts.value(m.group(1)));
    }
  }

  @Override
  public Verdict check(Decision decision) {
    String text = decision.reply();
    Set<BigDecimal> allowed = prices;
    Optional<BigDecimal> total = orderTotal(decision);
    if (total.isPresent()) {
      allowed = new HashSet<>(prices);
      allowed.add(total.get().stripTrailingZeros());
    }
    for (MoneyAmounts.Amount a : MoneyAmounts.in(text)) {
      if (!allowed.contains(a.value())) {
        return Verdict.reject(NAME, "\"" + a.text() + "\" is not a catalog price");
      }
    }
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      if (!percents.contains(MoneyAmounts.value(m.group(1)))) {
        return Verdict.reject(NAME, "\"" + m.group().trim() + "\" is not a discount the knowledge lists");
      }
    }
    return Verdict.PASS;
  }

  /**
   * An order's total may be said too, but only the one the catalog gives for the order's item and
   * quantity: worked out here again, so an engine cannot slip in a total of its own.
   */
  private Optional<BigDecimal> orderTotal(Decision d) {
    Optional<OrderDraft> draft = d.aftercare().draft();
    if (draft.isPresent() && draft.get().item().isPresent() && draft.get().quantity().isPresent()) {
      return Quote.of(knowledge.catalog(), draft.get().item().get(), draft.get().quantity().get()).map(Quote::total);
    }
    return d.aftercare().placed()
        .flatMap(o -> Quote.of(knowledge.catalog(), o.quote().item(), o.quote().quantity()))
        .map(Quote::total);
  }

  @Override
  public String toString() {
    return NAME + prices.toString().toLowerCase(Locale.ROOT);
  }
}
