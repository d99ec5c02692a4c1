package io.frontline.news;

import io.frontline.conversation.ChatId;
import java.util.Optional;

/**
 * A client who opted in to news and has not blocked the bot.
 *
 * @param language the language they chose with /language, else their Telegram app's, if known
 */
public record Subscriber(ChatId chat, Optional<String> language) {}
