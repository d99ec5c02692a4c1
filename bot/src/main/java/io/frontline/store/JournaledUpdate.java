package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Objects;

/** An update as the journal keeps it: Telegram's id, the chat, the raw update, when it arrived. */
public record JournaledUpdate(long updateId, ChatId chat, String payload, Instant receivedAt) {

  public JournaledUpdate {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
