package io.frontline.store;

import java.time.Instant;
import java.util.List;

/**
 * Replies on their way out, kept until Telegram has them. Senders {@linkplain #due claim} messages
 * and report back; a claim lasts a lease, so a message whose sender died is handed out again. One
 * chat's messages go out one at a time, in the order they were enqueued.
 */
public interface OutboxStore {

  /**
   * Adds a message, unless one with the same {@link OutboxMessage#dedupKey} was ever enqueued.
   *
   * @return false for a duplicate: nothing changes
   */
  boolean enqueue(OutboxMessage message);

  /**
   * Claims up to {@code limit} messages to send now, oldest first: those whose time has come and
   * that are the oldest unsent message of their chat. Each is claimed by one caller only, even
   * across bot instances, until the lease ends; report on each with {@link #markSent},
   * {@link #retryLater} or {@link #markFailed}.
   */
  List<OutboxMessage> due(Instant now, int limit);

  void markSent(long id);

  /** Telegram could not take it now (rate limit, network): try again from {@code when}. */
  void retryLater(long id, Instant when, String error);

  /** It can never be sent (the client blocked the bot, the chat is gone): stop trying. */
  void markFailed(long id, String error);

  /** How many messages wait to be sent (claimed ones included). */
  long depth();

  /** Messages given up (marked failed) that were enqueued from {@code from} on, oldest first. */
  List<FailedMessage> failedSince(Instant from);
}
