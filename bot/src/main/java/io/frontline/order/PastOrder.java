package io.frontline.order;

import io.frontline.knowledge.DeliverySlot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An order the client placed before, as the store keeps it.
 *
 * @param id the order's number, as staff see it on the order card
 * @param address empty once the client asked to be forgotten (the order stays, anonymised)
 * @param updatedAt when the status last changed (for a done order: when it was delivered)
 * @param problemAt when the client reported a problem with it
 */
public record PastOrder(
    long id,
    String item,
    int quantity,
    BigDecimal total,
    Optional<String> address,
    DeliverySlot slot,
    OrderStatus status,
    Instant placedAt,
    Instant updatedAt,
    Optional<Instant> problemAt) {}
