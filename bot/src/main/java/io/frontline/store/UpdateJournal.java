package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.util.List;

/**
 * The journal of incoming updates, which makes "no loss, no duplicates" possible: an update is
 * {@linkplain #record recorded} before Telegram is told it arrived, and
 * {@linkplain #markProcessed marked processed} in the same transaction as the reply it caused.
 */
public interface UpdateJournal {

  /**
   * Records an update as received.
   *
   * @return false when {@code updateId} was recorded before (Telegram sent it again): nothing changes
   */
  boolean record(long updateId, ChatId chat, String payload);

  /**
   * Records an update that cannot be processed, already marked processed, with why it was refused.
   *
   * @return false when {@code updateId} was recorded before: nothing changes
   */
  boolean reject(long updateId, ChatId chat, String payload, String reason);

  /**
   * Notes that a staff update (in the staff group, or a person's private chat) was about
   * {@code client}, so that forgetting the client blanks it too.
   */
  void about(long updateId, ChatId client);

  /**
   * Inside a transaction: waits until no other transaction works on {@code chat}'s updates, and
   * keeps them waiting until this one ends (PostgreSQL: an advisory lock; SQLite, one writer at a
   * time: nothing to do).
   */
  void lockChat(ChatId chat);

  /** Whether an update of {@code chat} older than {@code updateId} is recorded and not yet processed. */
  boolean earlierUnprocessed(ChatId chat, long updateId);

  /** Updates recorded as rejected since {@code from}. */
  long rejectedSince(java.time.Instant from);

  /** Updates recorded but not yet processed, oldest (lowest update id) first: what to redo after a crash. */
  List<JournaledUpdate> unprocessed(int limit);

  /**
   * Marks an update processed. Call it first inside the transaction that processes the update: on
   * PostgreSQL a second instance processing the same update waits here until the first commits.
   *
   * @return true if this call marked it; false if it was processed already (skip it) or never recorded
   */
  boolean markProcessed(long updateId);

  /** The raw update as recorded (to find a client's message again, e.g. to copy a photo to staff). */
  java.util.Optional<String> payload(long updateId);
}
