package io.frontline.knowledge;

import java.math.BigDecimal;

/** A discount the catalog lists: the only kind the bot may ever mention. */
public record Discount(String id, int minQuantity, BigDecimal price, LocalizedText text) {}
