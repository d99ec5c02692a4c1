package io.frontline.store;

import java.time.Instant;
import java.util.List;

/** Every decision the bot made and why: the ground for statistics. */
public interface DecisionLog {

  void append(LoggedDecision decision);

  /** Decisions made from {@code from} (inclusive) until {@code to} (exclusive), oldest first. */
  List<LoggedDecision> between(Instant from, Instant to);

  /** When the oldest and the newest decision in the store were made; empty when there is none. */
  java.util.Optional<Instant[]> span();

  /** The chat's last {@code n} decisions, oldest first (what the bot did before a hand-over). */
  List<LoggedDecision> recent(io.frontline.conversation.ChatId chat, int n);
}
