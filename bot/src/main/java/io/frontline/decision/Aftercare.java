package io.frontline.decision;

import io.frontline.order.NewOrder;
import io.frontline.order.OrderDraft;
import java.util.Optional;

/**
 * What a decision does after the sale, besides its reply: the order being taken, an order to
 * record, a problem reported with a past order, a suggestion made or answered. The caller records
 * these (the store, or memory in the console) in the same step as the decision itself.
 *
 * @param draft the order still being taken after this turn
 * @param placed the order the client has just confirmed
 * @param problemWith the number of the past order the client reports a problem with
 * @param offered the suggestion this reply makes
 * @param accepted the suggestion the client has just said yes to
 * @param declined the suggestion the client has just said no to: never offered again
 */
public record Aftercare(
    Optional<OrderDraft> draft,
    Optional<NewOrder> placed,
    Optional<Long> problemWith,
    Optional<String> offered,
    Optional<String> accepted,
    Optional<String> declined) {

  public static final Aftercare NONE =
      new Aftercare(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Aftercare {
    draft = draft == null ? Optional.empty() : draft;
    placed = placed == null ? Optional.empty() : placed;
    problemWith = problemWith == null ? Optional.empty() : problemWith;
    offered = offered == null ? Optional.empty() : offered;
    accepted = accepted == null ? Optional.empty() : accepted;
    declined = declined == null ? Optional.empty() : declined;
  }

  public static Aftercare drafting(OrderDraft draft) {
    return NONE.withDraft(Optional.of(draft));
  }

  public static Aftercare placing(NewOrder order) {
    return new Aftercare(Optional.empty(), Optional.of(order), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Aftercare problem(long order) {
    return new Aftercare(Optional.empty(), Optional.empty(), Optional.of(order), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Aftercare withDraft(Optional<OrderDraft> d) {
    return new Aftercare(d, placed, problemWith, offered, accepted, declined);
  }

  public Aftercare offering(String suggestion) {
    return new Aftercare(draft, placed, problemWith, Optional.of(suggestion), accepted, declined);
  }

  public Aftercare answering(String suggestion, boolean yes) {
    return new Aftercare(
        draft, placed, problemWith, offered,
        yes ? Optional.of(suggestion) : accepted, yes ? declined : Optional.of(suggestion));
  }

  public boolean isNone() {
    return equals(NONE);
  }
}
