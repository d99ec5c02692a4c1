package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Decision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A decision as logged: in which chat, for which Telegram update (none in the console), when. */
public record LoggedDecision(ChatId chat, Optional<Long> updateId, Decision decision, Instant at) {

  public LoggedDecision {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(at, "at");
  }
}
