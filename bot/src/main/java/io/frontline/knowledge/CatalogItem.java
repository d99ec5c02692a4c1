package io.frontline.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A product or service with its FIXED price. */
public record CatalogItem(
    String id,
    LocalizedText name,
    LocalizedList aliases,
    LocalizedText description,
    BigDecimal price,
    LocalizedText unit,
    boolean available,
    Optional<LocalDate> backOn,
    List<String> alternatives,
    List<String> partners,
    List<Discount> discounts) {

  public CatalogItem {
    alternatives = List.copyOf(alternatives);
    partners = List.copyOf(partners);
    discounts = List.copyOf(discounts);
  }
}
