package io.frontline.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.conversation.ChatId;
import io.frontline.store.OutboxMessage;
import java.util.List;

/**
 * What an outbox row asks the sender to do, as the row's {@code kind} and JSON {@code payload}.
 * Texts are stored plain (the sender escapes them for HTML), at most one Telegram message long.
 */
final class OutboxPayload {

  /** A message to a chat, with optional buttons under it. */
  static final String TEXT = "text";

  /** The answer to a pressed button, so the client's button stops spinning. */
  static final String CALLBACK_ANSWER = "callback_answer";

  /**
   * A message for staff: HTML (the card, already escaped) or plain text (escaped on sending); in
   * the staff group with {@code client} set, into that client's topic (see {@link StaffSends}).
   */
  static final String STAFF_TEXT = "staff_text";

  /** copyMessage: a client's message into their topic, or a staff answer to the client. */
  static final String COPY = "copy";

  /** A text file (the whole conversation) for staff. */
  static final String DOCUMENT = "document";

  /** Creates or renames a client's topic in the staff group (its title shows the state). */
  static final String TOPIC = "topic";

  /** A picture (PNG) with a caption: the weekly summary's chart. */
  static final String PHOTO = "photo";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where in the staff group a staff message goes: the topic of {@code client}, titled
   * {@code topicName} if it must be created; both null: the chat itself (General, or a private chat).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Where(Long client, String topicName) {
    static final Where CHAT = new Where(null, null);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StaffText(String text, boolean html, Where where) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Copy(long fromChat, long messageId, String captionHtml, Where where) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Document(String name, String content, String captionHtml, Where where) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Topic(Where where) {}

  static OutboxMessage staffText(ChatId chat, StaffText t, String key) {
    return OutboxMessage.of(chat, STAFF_TEXT, write(t), key);
  }

  static OutboxMessage copy(ChatId chat, Copy c, String key) {
    return OutboxMessage.of(chat, COPY, write(c), key);
  }

  static OutboxMessage document(ChatId chat, Document d, String key) {
    return OutboxMessage.of(chat, DOCUMENT, write(d), key);
  }

  static OutboxMessage topic(ChatId chat, Topic t, String key) {
    return OutboxMessage.of(chat, TOPIC, write(t), key);
  }


  private OutboxPayload() {}

  /** A button under a message: its label and what pressing it sends back. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Button(String text, String data) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Text(String text, List<List<Button>> buttons) {
    Text {
      buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CallbackAnswer(String id, String text) {}

  /** Jackson writes the bytes as base64, which both stores keep in their TEXT column. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Photo(String caption, byte[] png) {}

  static OutboxMessage photo(ChatId chat, Photo photo, String dedupKey) {
    return OutboxMessage.of(chat, PHOTO, write(photo), dedupKey);
  }

  static Photo readPhoto(String payload) {
    return read(payload, Photo.class);
  }

  static OutboxMessage text(ChatId chat, Text text, String dedupKey) {
    return OutboxMessage.of(chat, TEXT, write(text), dedupKey);
  }

  static OutboxMessage callbackAnswer(ChatId chat, String callbackId, String dedupKey) {
    return OutboxMessage.of(chat, CALLBACK_ANSWER, write(new CallbackAnswer(callbackId, "")), dedupKey);
  }

  static Text readText(String payload) {
    return read(payload, Text.class);
  }

  static CallbackAnswer readCallbackAnswer(String payload) {
    return read(payload, CallbackAnswer.class);
  }

  private static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an outbox payload", e);
    }
  }

  static <T> T read(String payload, Class<T> type) {
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable outbox payload: " + e.getOriginalMessage(), e);
    }
  }
}
