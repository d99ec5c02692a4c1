package io.frontline.store;

import io.frontline.conversation.AftercareBook;
import io.frontline.order.OrderStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Orders and suggestions in the store: what the conversation records, what staff change, what statistics count. */
public interface OrderBook extends AftercareBook {

  Optional<StoredOrder> find(long id);

  /**
   * Staff mark an order done or cancelled.
   *
   * @return the order as it is now; empty when there is no such order
   */
  Optional<StoredOrder> setStatus(long id, OrderStatus status, Instant at);

  /**
   * Orders placed in [from, to) by their status now, plus {@code problem}: how many of them the
   * client reported a problem with.
   */
  Map<String, Integer> orderCounts(Instant from, Instant to);

  /** Suggestion events in [from, to): suggestion id -> event (offered, accepted, declined) -> count. */
  Map<String, Map<String, Integer>> suggestionCounts(Instant from, Instant to);
}
