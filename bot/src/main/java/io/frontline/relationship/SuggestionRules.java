package io.frontline.relationship;

import io.frontline.knowledge.Suggestion;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which suggestion, if any, fits this client now. The company's rules (knowledge/suggestions.yaml)
 * say when a suggestion is useful; these rules say when it is welcome: never at the first order,
 * never soon after a complaint, never again after a "no" or a "yes", and not again within a month
 * of being offered. The conversation adds its own: at most one per conversation.
 */
public final class SuggestionRules {

  static final Duration MONTH = Duration.ofDays(30);

  private final List<Suggestion> suggestions;

  public SuggestionRules(List<Suggestion> suggestions) {
    this.suggestions = List.copyOf(suggestions);
  }

  /** The first suggestion, in the company's order, that fits; empty when none does. */
  public Optional<Suggestion> pick(Relationship r, Instant now) {
    if (r.completed() < 1 || r.complainedSince(now.minus(Relationship.AFTER_COMPLAINT))) {
      return Optional.empty();
    }
    return suggestions.stream().filter(s -> fits(s, r, now)).findFirst();
  }

  boolean fits(Suggestion s, Relationship r, Instant now) {
    if (r.completed() < Math.max(1, s.afterCompletedOrders())) {
      return false;
    }
    Optional<SuggestionAnswer> before = r.answer(s.id());
    if (before.isPresent()
        && (before.get().accepted().isPresent() || before.get().offeredAt().isAfter(now.minus(MONTH)))) {
      return false;
    }
    List<PastOrder> recent =
        r.orders().stream()
            .filter(o -> o.status() != OrderStatus.CANCELLED)
            .filter(o -> s.items().isEmpty() || s.items().contains(o.item()))
            .filter(o -> o.placedAt().isAfter(now.minus(MONTH)))
            .toList();
    if (s.minPerMonth().isPresent() && recent.size() < s.minPerMonth().get()) {
      return false;
    }
    return s.maxQuantity().isEmpty() || recent.stream().allMatch(o -> o.quantity() <= s.maxQuantity().get());
  }
}
