package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Map;

/**
 * Forgetting a client ({@code /forget}) and keeping history no longer than the company wants
 * ({@code RETENTION_DAYS}). Orders stay for the company's books, anonymised.
 */
public interface Eraser {

  /**
   * Deletes the client's personal data and history: the client, the transcript, the decisions, the
   * conversation state, the model's memory of the chat, hand-overs and their staff topic, replies in the outbox; blanks the journaled
   * updates (kept, without payload or chat, so a redelivered update is still recognised); keeps
   * orders and suggestion events without the client's chat and address. Call it inside the
   * transaction of the update that confirmed it.
   *
   * @return rows changed per table
   */
  Map<String, Integer> forget(ChatId chat);

  /**
   * Removes history older than {@code before}: transcript, decisions, journaled update payloads;
   * and replies delivered (or given up on) before {@code delivered}, which only guard against
   * sending twice. Clients, orders and conversation state stay.
   *
   * @return rows changed per table
   */
  Map<String, Integer> dropHistoryBefore(Instant before, Instant delivered);
}
