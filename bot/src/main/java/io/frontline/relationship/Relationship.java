package io.frontline.relationship;

import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the company and this client have been through: their orders (newest first) and the
 * suggestions made to them. A client the bot has never met has {@link #NONE}.
 */
public record Relationship(List<PastOrder> orders, List<SuggestionAnswer> suggestions) {

  public static final Relationship NONE = new Relationship(List.of(), List.of());

  /** How recent a complaint about an order must be to keep suggestions away. */
  static final Duration AFTER_COMPLAINT = Duration.ofDays(30);

  public Relationship {
    orders = orders.stream().sorted(Comparator.comparing(PastOrder::placedAt).reversed().thenComparing(o -> -o.id())).toList();
    suggestions = List.copyOf(suggestions);
  }

  public Optional<PastOrder> lastOrder() {
    return orders.stream().findFirst();
  }

  /** The newest order not yet delivered or cancelled, else the newest order. */
  public Optional<PastOrder> currentOrder() {
    return orders.stream().filter(o -> o.status() == OrderStatus.PLACED).findFirst().or(this::lastOrder);
  }

  /** The newest order with an address to reuse ("the same as last time"). */
  public Optional<PastOrder> lastWithAddress() {
    return orders.stream().filter(o -> o.address().isPresent()).findFirst();
  }

  public long completed() {
    return orders.stream().filter(o -> o.status() == OrderStatus.DONE).count();
  }

  public boolean complainedSince(Instant since) {
    return orders.stream().anyMatch(o -> o.problemAt().filter(t -> t.isAfter(since)).isPresent());
  }

  public Optional<SuggestionAnswer> answer(String suggestion) {
    return suggestions.stream().filter(s -> s.suggestion().equals(suggestion)).reduce((a, b) -> b);
  }
}
