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

  private static final ObjectMapper JSON = new ObjectMapper();

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

  private static <T> T read(String payload, Class<T> type) {
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable outbox payload: " + e.getOriginalMessage(), e);
    }
  }
}
