package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.news.NewsPost;
import io.frontline.news.Subscriber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who opted in to news, and the news staff write (a draft until confirmed or dropped). */
public interface Subscriptions {

  /** @return false when the client had already opted in */
  boolean subscribe(ChatId chat, Instant at);

  /** @return false when the client had not opted in */
  boolean unsubscribe(ChatId chat);

  boolean isSubscribed(ChatId chat);

  /** Everyone who opted in and has not blocked the bot, in chat order. */
  List<Subscriber> subscribers();

  /** A new draft; any older draft is dropped (one draft at a time). */
  NewsPost draft(String author, String body, Map<String, String> translations, Instant at);

  /** The draft waiting for confirmation, if any. */
  Optional<NewsPost> currentDraft();

  Optional<NewsPost> find(long id);

  /**
   * Turns the draft {@code id} into sent (with its number of recipients) or cancelled.
   *
   * @return false when it is no longer a draft (already sent or dropped, by anyone): do nothing
   */
  boolean decide(long id, NewsPost.Status status, int recipients, Instant at);
}
