package io.frontline.knowledge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The company's products and services, in the order the company lists them. */
public record Catalog(String currency, List<CatalogItem> items) {

  public Catalog {
    items = List.copyOf(items);
  }

  public Optional<CatalogItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Every amount the bot may quote: item prices and listed discount prices. */
  public Set<BigDecimal> quotablePrices() {
    Set<BigDecimal> prices = new TreeSet<>();
    for (CatalogItem item : items) {
      prices.add(item.price().stripTrailingZeros());
      item.discounts().forEach(d -> prices.add(d.price().stripTrailingZeros()));
    }
    return prices;
  }

  public Map<String, CatalogItem> byId() {
    Map<String, CatalogItem> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(i.id(), i));
    return map;
  }
}
