package io.frontline.decision;

import java.util.Optional;

/**
 * What the bot remembers of a conversation between messages. Immutable: each decision yields the
 * next state through {@link #after}.
 *
 * @param clarifications how many clarifying questions in a row the bot has asked
 * @param lastRequest the client's previous request, to read a follow-up ("and the electric one?")
 */
public record ConversationState(
    Optional<String> language,
    Optional<Action> lastAction,
    Optional<String> lastTopic,
    int clarifications,
    int turns,
    Optional<String> lastRequest) {

  public static final ConversationState NEW =
      new ConversationState(Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty());

  public ConversationState after(Decision d) {
    return new ConversationState(
        Optional.of(d.language()),
        Optional.of(d.action()),
        d.topic(),
        d.action() == Action.CLARIFY ? clarifications + 1 : 0,
        turns + 1,
        d.request().isBlank() ? lastRequest : Optional.of(d.request()));
  }

  public boolean isFirstTurn() {
    return turns == 0;
  }
}
