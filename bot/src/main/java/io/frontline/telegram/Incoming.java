package io.frontline.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.conversation.ChatId;
import io.frontline.decision.ClientInfo;
import io.frontline.store.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Telegram update as the transport reads it: which kind it is, in which chat, from whom, and
 * what it says. Read from the raw JSON (not from TelegramBots' {@code Update}), so an update the
 * library cannot map (a field it does not know, a {@code from} without {@code is_bot}) is still
 * journaled, read and answered or ignored on purpose, and never blocks the updates after it.
 *
 * <p>An update carries one kind; should one carry several (Telegram never sends that), the first
 * of {@code message}, {@code edited_message}, {@code callback_query}, {@code my_chat_member} counts.
 */
record Incoming(
    long updateId,
    Kind kind,
    ChatId chat,
    ChatType chatType,
    ClientInfo from,
    boolean fromBot,
    String text,
    Optional<Attachment> media,
    Optional<Long> messageId,
    Instant sentAt,
    Optional<String> callbackId,
    Optional<String> callbackData,
    Optional<String> memberStatus) {

  /** The chat an update without one is journaled under (poll answers, unknown kinds). */
  static final ChatId NO_CHAT = new ChatId(0);

  /** What arrived, as far as the transport cares. */
  enum Kind {
    /** A new message: text, a command, media, or a service message. */
    MESSAGE,
    /** A message the client changed. */
    EDITED_MESSAGE,
    /** A button of ours pressed. */
    CALLBACK_QUERY,
    /** The bot's own membership changed (in a private chat: the client blocked or unblocked it). */
    MY_CHAT_MEMBER,
    /** Anything else: channel posts, reactions, polls, business messages, kinds not yet invented. */
    OTHER
  }

  enum ChatType {
    PRIVATE,
    GROUP,
    SUPERGROUP,
    CHANNEL,
    NONE;

    static ChatType of(String type) {
      return switch (type == null ? "" : type) {
        case "private" -> PRIVATE;
        case "group" -> GROUP;
        case "supergroup" -> SUPERGROUP;
        case "channel" -> CHANNEL;
        default -> NONE;
      };
    }
  }

  /**
   * The message fields that carry a file, most specific first ("photo" before "document"); the
   * same set as {@link Attachment#FILE_KINDS}.
   */
  private static final List<String> FILE_FIELDS =
      List.of("photo", "sticker", "animation", "video_note", "video", "voice", "audio", "document");

  /** Parses one update. Never throws; a payload beyond {@link RawUpdates}' limits reads as OTHER. */
  static Incoming parse(String json) {
    return RawUpdates.read(json) instanceof RawUpdates.Read r ? parse(r.root()) : other(-1);
  }

  /** Parses one update read from JSON. Never throws: any value of any type reads as something. */
  static Incoming parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      return other(-1);
    }
    long id = root.path("update_id").asLong(-1);
    if (root.hasNonNull("message")) {
      return message(id, Kind.MESSAGE, root.get("message"));
    }
    if (root.hasNonNull("edited_message")) {
      return message(id, Kind.EDITED_MESSAGE, root.get("edited_message"));
    }
    if (root.hasNonNull("callback_query")) {
      return callback(id, root.get("callback_query"));
    }
    if (root.hasNonNull("my_chat_member")) {
      JsonNode m = root.get("my_chat_member");
      JsonNode chat = m.path("chat");
      return new Incoming(
          id, Kind.MY_CHAT_MEMBER, new ChatId(chat.path("id").asLong(0)),
          ChatType.of(chat.path("type").asText(null)), client(m.path("from")),
          m.path("from").path("is_bot").asBoolean(false), "", Optional.empty(), Optional.empty(),
          time(m.path("date")), Optional.empty(), Optional.empty(),
          text(m.path("new_chat_member").path("status")));
    }
    // Journaled under their chat when they have one, so one chat's updates stay in order.
    ChatId chat = NO_CHAT;
    for (JsonNode v : (Iterable<JsonNode>) root::elements) {
      if (v.isObject() && v.path("chat").path("id").isIntegralNumber()) {
        chat = new ChatId(v.path("chat").path("id").asLong());
        break;
      }
    }
    return new Incoming(
        id, Kind.OTHER, chat, ChatType.NONE, ClientInfo.ANONYMOUS, false, "", Optional.empty(), Optional.empty(),
        Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The update_id of a read update, or empty when it has none: an integral number that fits a
   * long, as {@link RawUpdates#updateId(String)} finds it in the raw text.
   */
  static Optional<Long> updateId(JsonNode root) {
    JsonNode id = root == null ? null : root.get("update_id");
    return id != null && id.isIntegralNumber() && id.canConvertToLong() ? Optional.of(id.asLong()) : Optional.empty();
  }

  private static Incoming other(long id) {
    return new Incoming(
        id, Kind.OTHER, NO_CHAT, ChatType.NONE, ClientInfo.ANONYMOUS, false, "", Optional.empty(), Optional.empty(),
        Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Incoming message(long id, Kind kind, JsonNode m) {
    JsonNode chat = m.path("chat");
    String text = m.hasNonNull("text") ? m.get("text").asText("") : m.path("caption").asText("");
    return new Incoming(
        id, kind, new ChatId(chat.path("id").asLong(0)), ChatType.of(chat.path("type").asText(null)),
        client(m.path("from")), m.path("from").path("is_bot").asBoolean(false), text, media(m),
        m.path("message_id").canConvertToLong() ? Optional.of(m.get("message_id").asLong()) : Optional.empty(),
        time(m.path("date")), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private static Incoming callback(long id, JsonNode q) {
    JsonNode from = q.path("from");
    JsonNode chat = q.path("message").path("chat");
    // A button under an inline message has no chat: answer the user who pressed it.
    long chatId = chat.path("id").isIntegralNumber() ? chat.get("id").asLong() : from.path("id").asLong(0);
    ChatType type = chat.isMissingNode() ? ChatType.PRIVATE : ChatType.of(chat.path("type").asText(null));
    return new Incoming(
        id, Kind.CALLBACK_QUERY, new ChatId(chatId), type, client(from),
        from.path("is_bot").asBoolean(false), "", Optional.empty(), Optional.empty(), Instant.EPOCH,
        text(q.path("id")), text(q.path("data")), Optional.empty());
  }

  private static ClientInfo client(JsonNode from) {
    if (from == null || !from.isObject()) {
      return ClientInfo.ANONYMOUS;
    }
    return new ClientInfo(
        from.path("id").isIntegralNumber() ? Optional.of(from.get("id").asLong()) : Optional.empty(),
        text(from.path("username")),
        text(from.path("first_name")),
        text(from.path("language_code")).map(l -> l.toLowerCase(Locale.ROOT)));
  }

  private static Optional<Attachment> media(JsonNode m) {
    for (String field : FILE_FIELDS) {
      JsonNode f = m.get(field);
      if (f == null || f.isNull()) {
        continue;
      }
      // A photo comes in several sizes; the last is the largest.
      JsonNode file = f.isArray() ? f.get(f.size() - 1) : f;
      return Optional.of(new Attachment(field, file == null ? "" : file.path("file_id").asText("")));
    }
    if (m.hasNonNull("contact")) {
      JsonNode c = m.get("contact");
      String who = (c.path("first_name").asText("") + " " + c.path("last_name").asText("")).strip();
      return Optional.of(new Attachment("contact", (who + " " + c.path("phone_number").asText("")).strip()));
    }
    if (m.hasNonNull("venue")) {
      JsonNode v = m.get("venue");
      return Optional.of(new Attachment("venue", (v.path("title").asText("") + ", " + v.path("address").asText("")).strip()));
    }
    if (m.hasNonNull("location")) {
      JsonNode l = m.get("location");
      return Optional.of(new Attachment("location", l.path("latitude").asText("") + "," + l.path("longitude").asText("")));
    }
    for (String field : List.of("story", "dice", "poll", "game", "paid_media", "checklist")) {
      if (m.hasNonNull(field)) {
        JsonNode f = m.get(field);
        String ref = switch (field) {
          case "dice" -> f.path("emoji").asText("") + f.path("value").asText("");
          case "poll" -> f.path("question").asText("");
          default -> f.path("id").asText("");
        };
        return Optional.of(new Attachment(field, ref));
      }
    }
    return Optional.empty();
  }

  /**
   * A Telegram date (Unix seconds); EPOCH (read as "unknown": the journal's time is used) when it is
   * missing, not a number, before 1970 or after 9999, which no real message was sent at.
   */
  private static Instant time(JsonNode date) {
    if (!date.canConvertToLong()) {
      return Instant.EPOCH;
    }
    long seconds = date.asLong();
    return seconds > 0 && seconds < LAST_DATE ? Instant.ofEpochSecond(seconds) : Instant.EPOCH;
  }

  /** 9999-12-31, in Unix seconds. */
  private static final long LAST_DATE = 253_402_300_799L;

  private static Optional<String> text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  boolean isPrivate() {
    return chatType == ChatType.PRIVATE;
  }

  /** The command this message starts with ({@code /start@FrontlineBot x} reads as "start"), if any. */
  Optional<Command> command() {
    if (!text.startsWith("/") || text.length() < 2) {
      return Optional.empty();
    }
    String[] parts = text.strip().split("\\s+", 2);
    String head = parts[0].substring(1);
    int at = head.indexOf('@');
    String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9_]{1,32}")) {
      return Optional.empty();
    }
    String args = parts.length > 1 ? parts[1].strip() : "";
    return Optional.of(new Command(name, args));
  }

  record Command(String name, String args) {}
}
