package io.frontline.order;

import io.frontline.knowledge.Catalog;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Discount;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * What an order costs, from the catalog alone: the item's FIXED price, or the price of the best
 * listed discount the quantity reaches. No other number is ever computed.
 */
public record Quote(String item, int quantity, BigDecimal unitPrice, Optional<String> discount, BigDecimal total) {

  /** The quote for {@code quantity} of {@code itemId}; empty when the catalog has no such item. */
  public static Optional<Quote> of(Catalog catalog, String itemId, int quantity) {
    if (quantity <= 0) {
      return Optional.empty();
    }
    return catalog.item(itemId).map(item -> of(item, quantity));
  }

  static Quote of(CatalogItem item, int quantity) {
    Optional<Discount> best =
        item.discounts().stream()
            .filter(d -> quantity >= d.minQuantity())
            .min(Comparator.comparing(Discount::price));
    BigDecimal unit = best.map(Discount::price).orElse(item.price());
    return new Quote(item.id(), quantity, unit, best.map(Discount::id), unit.multiply(BigDecimal.valueOf(quantity)));
  }
}
