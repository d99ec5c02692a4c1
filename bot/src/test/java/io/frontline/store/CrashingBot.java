package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * A stand-in for the bot, run as a separate process that the test kills with SIGKILL: records
 * updates and processes each in one transaction, as the transport does, printing each commit.
 */
final class CrashingBot {

  private CrashingBot() {}

  /** One update's processing: journal, transcript and reply commit together, or not at all. */
  static void process(Database db, long updateId) {
    ChatId chat = new ChatId(updateId % 7);
    db.inTransaction(() -> {
      if (!db.journal().markProcessed(updateId)) {
        return;
      }
      db.transcript().append(TranscriptEntry.text(chat, Direction.IN, "message " + updateId, db.clock().instant(), updateId));
      db.outbox(Duration.ofMinutes(1))
          .enqueue(OutboxMessage.of(chat, "text", "reply " + updateId, OutboxMessage.dedupKey(updateId, 0)));
    });
  }

  /** {@code CrashingBot URL}: processes updates 1, 2, 3... until killed (or 100,000). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Database db = Database.open(args[0], Clock.systemUTC())) {
      for (long id = 1; id <= 100_000; id++) {
        db.journal().record(id, new ChatId(id % 7), "{\"update_id\":" + id + "}");
        process(db, id);
        out.println("processed " + id);
      }
    }
  }
}
