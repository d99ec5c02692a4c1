package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message waiting in the outbox.
 *
 * @param id the store's number for it; 0 before it is enqueued
 * @param kind what to send, as the transport names it (e.g. "text")
 * @param payload what the transport needs to send it (text or JSON)
 * @param dedupKey unique per message: enqueueing the same key again does nothing, so processing an
 *     update twice cannot send its reply twice; see {@link #dedupKey(long, int)}
 * @param attempts how many times a sender has claimed it, this time included
 * @param createdAt when it was enqueued ({@code Instant.EPOCH} before); a message that could not
 *     be sent for too long since is given up
 * @param about the client a message to staff is about (forgetting the client removes it too)
 */
public record OutboxMessage(
    long id, ChatId chat, String kind, String payload, String dedupKey, int attempts, Instant createdAt,
    Optional<ChatId> about) {

  public OutboxMessage {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dedupKey, "dedupKey");
  }

  /** A new message, to {@linkplain OutboxStore#enqueue enqueue}. */
  public static OutboxMessage of(ChatId chat, String kind, String payload, String dedupKey) {
    return new OutboxMessage(0, chat, kind, payload, dedupKey, 0, Instant.EPOCH, Optional.empty());
  }

  /** The same message, about {@code client}. */
  public OutboxMessage about(ChatId client) {
    return new OutboxMessage(id, chat, kind, payload, dedupKey, attempts, createdAt, Optional.of(client));
  }

  /** The key of the {@code n}-th message (from 0) sent because of Telegram update {@code updateId}. */
  public static String dedupKey(long updateId, int n) {
    return updateKeyPrefix(updateId) + ":" + n;
  }

  /** What the keys of update {@code updateId}'s messages start with, before {@code :<n>}. */
  public static String updateKeyPrefix(long updateId) {
    return "update:" + updateId;
  }
}
