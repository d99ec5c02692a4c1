/**
 * Frontline on Telegram, over TelegramBots' client ({@code telegrambots-client}) and API model.
 *
 * <p>The way an update goes, and what each step guarantees:
 * <ol>
 *   <li><b>In</b>: long polling ({@code LongPolling}, driven by us: the offset moves only after the
 *       batch is journaled) or the webhook ({@code WebhookServer}: {@code secret_token} checked on
 *       every request, 200 only after the journal has the update). {@code Intake} writes each update
 *       to the store's {@code UpdateJournal} before anything else; one Telegram sends twice is
 *       journaled once.
 *   <li><b>Processing</b> ({@code Dispatcher}, {@code UpdateProcessor}): from the journal, one lane per
 *       chat (a chat's updates in order, chats at once on a bounded, injected executor); each update
 *       in ONE transaction: marked processed, client noted, transcript, conversation decision, decision
 *       log, reply into the outbox with dedup key {@code update:<id>:<n>}. Processing again is a
 *       no-op, so after a crash (kill -9) and restart every client message has exactly one reply.
 *   <li><b>Out</b> ({@code OutboxSender}): claims due outbox rows and sends them with
 *       {@code parse_mode=HTML} (escaped; long texts split where a reader pauses) within Telegram's
 *       limits ({@code RateLimiter}); 429 waits {@code retry_after}, 5xx / timeouts / resets retry with
 *       exponential backoff, 403 / 400 mark the message failed (and a client who blocked the bot
 *       blocked). Delivery is at least once: a crash in the milliseconds between Telegram's "ok" and
 *       the store's "sent" repeats that one message; the Bot API has no idempotency key to prevent it.
 * </ol>
 * Every update kind is handled on purpose; see {@code UpdateProcessor}. The only public types are
 * {@link io.frontline.telegram.TelegramBot} and its builder, tuning and stats;
 * {@code io.frontline.app.Frontline#telegram} wires them.
 */
package io.frontline.telegram;
