package io.frontline.decision;

import io.frontline.order.OrderDraft;
import java.util.Optional;

/**
 * What the bot remembers of a conversation between messages. Immutable: each decision yields the
 * next state through {@link #after}.
 *
 * @param clarifications how many clarifying questions in a row the bot has asked
 * @param lastRequest the client's previous request, to read a follow-up ("and the electric one?")
 * @param sourceAsked whether the bot has asked how the client heard of us (it asks once)
 * @param contactSource what the client answered
 * @param pendingLead a warm lead offered and not yet agreed to
 * @param declines how many refusals in a row: the second looks like a wrong number
 * @param order the order being taken, when one is
 * @param pendingSuggestion a suggestion made in the last reply, waiting for yes or no
 * @param suggested whether a suggestion was made in this conversation (at most one is)
 * @param complained whether the client complained in this conversation (then none is)
 * @param sourceJustAsked whether the last reply asked how the client heard of us: the next short
 *     message is most likely the answer, whatever words it uses
 */
public record ConversationState(
    Optional<String> language,
    Optional<Action> lastAction,
    Optional<String> lastTopic,
    int clarifications,
    int turns,
    Optional<String> lastRequest,
    boolean sourceAsked,
    Optional<String> contactSource,
    Optional<WarmLead> pendingLead,
    int declines,
    Optional<OrderDraft> order,
    Optional<String> pendingSuggestion,
    boolean suggested,
    boolean complained,
    boolean sourceJustAsked) {

  public static final ConversationState NEW =
      new ConversationState(
          Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), false,
          Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), false, false, false);

  /** Topics of hand-overs that mean the client is unhappy: no suggestion follows them. */
  private static final java.util.Set<String> UNHAPPY = java.util.Set.of("complaint", "refund", "delivery-problem", "legal");

  /** Stored states from older versions lack newer fields; read them as absent. */
  public ConversationState {
    language = orEmpty(language);
    lastAction = orEmpty(lastAction);
    lastTopic = orEmpty(lastTopic);
    lastRequest = orEmpty(lastRequest);
    contactSource = orEmpty(contactSource);
    pendingLead = orEmpty(pendingLead);
    order = orEmpty(order);
    pendingSuggestion = orEmpty(pendingSuggestion);
  }

  private static <T> Optional<T> orEmpty(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }

  public ConversationState after(Decision d) {
    return new ConversationState(
        Optional.of(d.language()),
        Optional.of(d.action()),
        d.topic(),
        d.action() == Action.CLARIFY ? clarifications + 1 : 0,
        turns + 1,
        d.request().isBlank() ? lastRequest : Optional.of(d.request()),
        sourceAsked || d.asksSource() || d.contactSource().isPresent(),
        d.contactSource().or(() -> contactSource),
        d.warmLead().filter(l -> !l.agreed()),
        d.action() == Action.DECLINE ? declines + 1 : 0,
        d.aftercare().draft(),
        d.aftercare().offered(),
        suggested || d.aftercare().offered().isPresent(),
        complained || (d.action() == Action.ESCALATE && d.topic().filter(UNHAPPY::contains).isPresent()),
        d.asksSource());
  }

  public boolean isFirstTurn() {
    return turns == 0;
  }
}
