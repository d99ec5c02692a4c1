package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

final class JdbcOutboxStore implements OutboxStore {

  private static final int MAX_ERROR = 2_000;

  private final Database db;
  private final Duration lease;
  private final String claim;

  JdbcOutboxStore(Database db, Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    this.db = db;
    this.lease = lease;
    // One statement, so the claim is atomic: SQLite runs it under its single write lock;
    // PostgreSQL locks the picked rows and lets a concurrent claimer skip them.
    this.claim =
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?"
            + " WHERE id IN ("
            + "SELECT o.id FROM outbox o"
            + " WHERE o.status IN ('pending', 'sending') AND o.next_attempt_at <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.chat_id = o.chat_id"
            + " AND e.status IN ('pending', 'sending') AND e.id < o.id)"
            + " ORDER BY o.id LIMIT ?"
            + db.dialect().skipLocked
            + ") RETURNING id, chat_id, kind, payload, dedup_key, attempts, created_at, client_chat";
  }

  @Override
  public boolean enqueue(OutboxMessage m) {
    Instant now = db.clock().instant();
    return db.run(
        "enqueue a message",
        c -> Sql.update(
                c,
                "INSERT INTO outbox (chat_id, kind, payload, dedup_key, status, attempts,"
                    + " next_attempt_at, created_at, client_chat) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)"
                    + " ON CONFLICT (dedup_key) DO NOTHING",
                m.chat(), m.kind(), m.payload(), m.dedupKey(), now, now, m.about().orElse(null))
            == 1);
  }

  @Override
  public List<OutboxMessage> due(Instant now, int limit) {
    List<OutboxMessage> claimed =
        db.run(
            "claim due messages",
            c -> Sql.query(
                c,
                claim,
                rs -> new OutboxMessage(
                    rs.getLong("id"),
                    new ChatId(rs.getLong("chat_id")),
                    rs.getString("kind"),
                    rs.getString("payload"),
                    rs.getString("dedup_key"),
                    rs.getInt("attempts"),
                    Sql.instant(rs, "created_at"),
                    rs.getObject("client_chat") == null
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(new ChatId(rs.getLong("client_chat")))),
                now.plus(lease), now, limit));
    return claimed.stream().sorted(Comparator.comparingLong(OutboxMessage::id)).toList();
  }

  @Override
  public void markSent(long id) {
    db.run(
        "mark a message sent",
        c -> Sql.update(
            c,
            "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL"
                + " WHERE id = ? AND status IN ('pending', 'sending')",
            db.clock().instant(), id));
  }

  @Override
  public void retryLater(long id, Instant when, String error) {
    db.run(
        "reschedule a message",
        c -> Sql.update(
            c,
            "UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?"
                + " WHERE id = ? AND status IN ('pending', 'sending')",
            when, truncate(error), id));
  }

  @Override
  public void markFailed(long id, String error) {
    db.run(
        "mark a message failed",
        c -> Sql.update(
            c,
            "UPDATE outbox SET status = 'failed', last_error = ?"
                + " WHERE id = ? AND status IN ('pending', 'sending')",
            truncate(error), id));
  }

  @Override
  public long depth() {
    return db.run(
        "count waiting messages",
        c -> Sql.queryOne(
                c,
                "SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending')",
                rs -> rs.getLong("n"))
            .orElse(0L));
  }

  @Override
  public List<FailedMessage> failedSince(Instant from) {
    return db.run(
        "list failed messages",
        c -> Sql.query(
            c,
            "SELECT chat_id, kind, last_error, created_at FROM outbox WHERE status = 'failed' AND created_at >= ?"
                + " ORDER BY id",
            rs -> new FailedMessage(
                new ChatId(rs.getLong("chat_id")), rs.getString("kind"),
                rs.getString("last_error") == null ? "" : rs.getString("last_error"), Sql.instant(rs, "created_at")),
            from));
  }

  private static String truncate(String error) {
    String e = error == null ? "" : error;
    return e.length() <= MAX_ERROR ? e : e.substring(0, MAX_ERROR);
  }
}
