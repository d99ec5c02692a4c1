package io.frontline.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A suggestion the bot may make to a client with a history: configured by the company
 * (knowledge/suggestions.yaml), offered only when the relationship has grown enough for it.
 *
 * @param afterCompletedOrders offered once the client has at least this many completed orders (1 or more:
 *     never at the first order)
 * @param items the catalog items whose orders count for {@code maxQuantity} and {@code minPerMonth};
 *     empty: every item
 * @param maxQuantity when set, each of the client's orders in the last 30 days has at most this many units
 * @param minPerMonth when set, the client ordered at least this many times in the last 30 days
 * @param text the offer, ending with a question the client can answer yes or no
 * @param accepted what the bot says when the client says yes
 * @param orderItem saying yes starts an order of this catalog item
 * @param topic saying yes hands the chat to the person for this topic (when no {@code orderItem})
 */
public record Suggestion(
    String id,
    int afterCompletedOrders,
    List<String> items,
    Optional<Integer> maxQuantity,
    Optional<Integer> minPerMonth,
    LocalizedText text,
    LocalizedText accepted,
    Optional<String> orderItem,
    Optional<String> topic) {

  public Suggestion {
    items = List.copyOf(items);
  }
}
