package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation.
 *
 * @param media what came besides text (a photo, a contact...), with its file_id or description
 * @param updateId the Telegram update it came with or answered
 * @param messageId Telegram's {@code message_id} of the client's message in its chat (what
 *     copyMessage and forwardMessage take); empty for the bot's replies and for old rows
 */
public record TranscriptEntry(
    ChatId chat,
    Direction direction,
    String text,
    Optional<Attachment> media,
    Instant at,
    Optional<Long> updateId,
    Optional<Long> messageId) {

  public TranscriptEntry {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(messageId, "messageId");
  }

  /**
   * The version-1 shape, kept for callers written against it: {@code mediaKind} is a kind
   * ("photo") or the old {@code kind:reference} text ("photo:AgAC..."), read into {@link #media}.
   */
  public TranscriptEntry(
      ChatId chat, Direction direction, String text, Optional<String> mediaKind, Instant at, Optional<Long> updateId) {
    this(chat, direction, text, mediaKind.map(Attachment::parseLegacy), at, updateId, Optional.empty());
  }

  /** A text message with no media. */
  public static TranscriptEntry text(ChatId chat, Direction direction, String text, Instant at, long updateId) {
    return new TranscriptEntry(chat, direction, text, Optional.empty(), at, Optional.of(updateId), Optional.empty());
  }

  /** The media's kind as Telegram names it ("photo", "voice", ...), if any. */
  public Optional<String> mediaKind() {
    return media.map(Attachment::kind);
  }
}
