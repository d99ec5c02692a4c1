package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Optional;

/**
 * A client as the bot knows them.
 *
 * @param language Telegram's {@code language_code} of the client's app
 * @param contactSource where the client first came from (the deep-link parameter of {@code /start})
 * @param blocked the client has blocked the bot: messages to them cannot be delivered
 * @param chosenLanguage the language the client picked with {@code /language}; it outlasts the
 *     conversation and outranks {@code language}
 */
public record Client(
    ChatId chat,
    Optional<Long> userId,
    Optional<String> firstName,
    Optional<String> username,
    Optional<String> language,
    Instant firstSeen,
    Instant lastSeen,
    Optional<String> contactSource,
    boolean blocked,
    Optional<String> chosenLanguage) {

  /** The version-1 shape, kept for callers written against it: no chosen language. */
  public Client(
      ChatId chat, Optional<Long> userId, Optional<String> firstName, Optional<String> username,
      Optional<String> language, Instant firstSeen, Instant lastSeen, Optional<String> contactSource,
      boolean blocked) {
    this(chat, userId, firstName, username, language, firstSeen, lastSeen, contactSource, blocked, Optional.empty());
  }
}
