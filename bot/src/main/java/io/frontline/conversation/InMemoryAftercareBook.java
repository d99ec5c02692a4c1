package io.frontline.conversation;

import io.frontline.decision.Aftercare;
import io.frontline.decision.Decision;
import io.frontline.order.NewOrder;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.relationship.Relationship;
import io.frontline.relationship.SuggestionAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders and suggestions kept in memory: for {@code frontline chat} and scenarios, where nothing
 * outlives the session. A scenario may start a client with a history ({@link #seed}).
 */
public final class InMemoryAftercareBook implements AftercareBook {

  private final Map<ChatId, List<PastOrder>> orders = new HashMap<>();
  private final Map<ChatId, List<SuggestionAnswer>> suggestions = new HashMap<>();
  private long nextId = 1;

  @Override
  public synchronized Relationship of(ChatId chat, Instant at) {
    return new Relationship(orders.getOrDefault(chat, List.of()), suggestions.getOrDefault(chat, List.of()));
  }

  /** Gives {@code chat} a history before the conversation starts. */
  public synchronized void seed(ChatId chat, List<PastOrder> past, List<SuggestionAnswer> answers) {
    past.forEach(o -> orders.computeIfAbsent(chat, c -> new ArrayList<>()).add(o));
    nextId = Math.max(nextId, past.stream().mapToLong(PastOrder::id).max().orElse(0) + 1);
    suggestions.computeIfAbsent(chat, c -> new ArrayList<>()).addAll(answers);
  }

  @Override
  public synchronized Optional<Long> record(ChatId chat, Decision decision, Instant at) {
    Aftercare a = decision.aftercare();
    Optional<Long> placed = Optional.empty();
    if (a.placed().isPresent()) {
      NewOrder o = a.placed().get();
      long id = nextId++;
      orders.computeIfAbsent(chat, c -> new ArrayList<>())
          .add(new PastOrder(id, o.quote().item(), o.quote().quantity(), o.quote().total(), Optional.of(o.address()), o.slot(),
              OrderStatus.PLACED, at, at, Optional.empty()));
      placed = Optional.of(id);
    }
    a.problemWith().ifPresent(id -> replace(chat, id, o -> new PastOrder(o.id(), o.item(), o.quantity(), o.total(), o.address(), o.slot(), o.status(), o.placedAt(), o.updatedAt(), Optional.of(at))));
    List<SuggestionAnswer> mine = suggestions.computeIfAbsent(chat, c -> new ArrayList<>());
    a.offered().ifPresent(s -> mine.add(new SuggestionAnswer(s, at, Optional.empty())));
    a.accepted().ifPresent(s -> mine.add(new SuggestionAnswer(s, at, Optional.of(true))));
    a.declined().ifPresent(s -> mine.add(new SuggestionAnswer(s, at, Optional.of(false))));
    return placed;
  }

  /** Staff marking an order done or cancelled. */
  public synchronized boolean setStatus(long id, OrderStatus status, Instant at) {
    for (ChatId chat : orders.keySet()) {
      if (orders.get(chat).stream().anyMatch(o -> o.id() == id)) {
        replace(chat, id, o -> new PastOrder(o.id(), o.item(), o.quantity(), o.total(), o.address(), o.slot(), status, o.placedAt(), at, o.problemAt()));
        return true;
      }
    }
    return false;
  }

  private void replace(ChatId chat, long id, java.util.function.UnaryOperator<PastOrder> change) {
    List<PastOrder> list = orders.getOrDefault(chat, new ArrayList<>());
    list.replaceAll(o -> o.id() == id ? change.apply(o) : o);
  }
}
