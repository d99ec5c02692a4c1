package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.OutboxMessage;

/**
 * Where one unit of work (an update, a timer firing) puts its outgoing messages: outbox rows with
 * dedup keys of that unit, so doing the work twice sends nothing twice.
 */
interface Sink {

  /** The dedup key for the next message. */
  String nextKey();

  void enqueue(OutboxMessage message);

  /** A text to a client, split to Telegram's length and kept in the transcript. */
  void say(ChatId client, String text);
}
