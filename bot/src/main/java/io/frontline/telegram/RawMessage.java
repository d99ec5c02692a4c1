package io.frontline.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The parts of a message that {@link Incoming} leaves out and the staff workspace needs: the
 * message's id (to copy it), the forum topic it was written in, the message it replies to (in
 * direct mode, a reply names the client), and whether it is a service message (topic created,
 * closed...).
 */
record RawMessage(
    long messageId,
    Optional<Long> thread,
    Optional<String> repliedText,
    boolean service,
    Optional<String> mediaKind) {

  static final RawMessage NONE = new RawMessage(0, Optional.empty(), Optional.empty(), true, Optional.empty());

  /** Fields that make a message a service message in a forum, not something a person wrote. */
  private static final java.util.List<String> SERVICE =
      java.util.List.of(
          "forum_topic_created", "forum_topic_edited", "forum_topic_closed", "forum_topic_reopened",
          "general_forum_topic_hidden", "general_forum_topic_unhidden", "new_chat_members", "left_chat_member",
          "pinned_message", "new_chat_title", "new_chat_photo", "delete_chat_photo", "migrate_from_chat_id",
          "migrate_to_chat_id", "group_chat_created", "supergroup_chat_created", "write_access_allowed");

  /** Captions are allowed on these kinds only (copyMessage fails for others when one is given). */
  private static final java.util.Set<String> CAPTIONED =
      java.util.Set.of("photo", "video", "document", "audio", "voice", "animation");

  static RawMessage parse(String payload) {
    if (!(RawUpdates.read(payload) instanceof RawUpdates.Read read)) {
      return NONE;
    }
    JsonNode root = read.root();
    JsonNode m = root.hasNonNull("message") ? root.get("message") : root.path("edited_message");
    if (!m.isObject()) {
      return NONE;
    }
    boolean service = false;
    for (String f : SERVICE) {
      service |= m.has(f);
    }
    Optional<Long> thread =
        m.path("is_topic_message").asBoolean(false) && m.path("message_thread_id").canConvertToLong()
            ? Optional.of(m.get("message_thread_id").asLong())
            : Optional.empty();
    JsonNode reply = m.path("reply_to_message");
    Optional<String> replied = Optional.empty();
    if (reply.isObject()) {
      String t = reply.hasNonNull("text") ? reply.get("text").asText() : reply.path("caption").asText("");
      replied = Optional.of(t);
    }
    Optional<String> media = Optional.empty();
    for (String f : new String[] {"photo", "sticker", "animation", "video_note", "video", "voice", "audio", "document",
        "contact", "venue", "location", "dice", "poll"}) {
      if (m.hasNonNull(f)) {
        media = Optional.of(f);
        break;
      }
    }
    return new RawMessage(m.path("message_id").asLong(0), thread, replied, service, media);
  }

  boolean captionable() {
    return mediaKind.map(CAPTIONED::contains).orElse(false);
  }
}
