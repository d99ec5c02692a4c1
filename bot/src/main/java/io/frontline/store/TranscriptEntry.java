package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation.
 *
 * @param mediaKind what came besides text, as Telegram names it ("photo", "voice", ...)
 * @param updateId the Telegram update it came with or answered
 */
public record TranscriptEntry(
    ChatId chat,
    Direction direction,
    String text,
    Optional<String> mediaKind,
    Instant at,
    Optional<Long> updateId) {

  public TranscriptEntry {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaKind, "mediaKind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(updateId, "updateId");
  }

  /** A text message with no media. */
  public static TranscriptEntry text(ChatId chat, Direction direction, String text, Instant at, long updateId) {
    return new TranscriptEntry(chat, direction, text, Optional.empty(), at, Optional.of(updateId));
  }
}
