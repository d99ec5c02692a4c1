package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.util.List;
import java.util.Objects;

final class JdbcUpdateJournal implements UpdateJournal {

  private final Database db;

  JdbcUpdateJournal(Database db) {
    this.db = db;
  }

  @Override
  public boolean record(long updateId, ChatId chat, String payload) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(payload, "payload");
    return db.run(
        "record update " + updateId,
        c -> Sql.update(
                c,
                "INSERT INTO updates (update_id, chat_id, received_at, payload, status)"
                    + " VALUES (?, ?, ?, ?, 'received') ON CONFLICT (update_id) DO NOTHING",
                updateId, chat, db.clock().instant(), payload)
            == 1);
  }

  @Override
  public boolean reject(long updateId, ChatId chat, String payload, String reason) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(reason, "reason");
    return db.run(
        "reject update " + updateId,
        c -> Sql.update(
                c,
                "INSERT INTO updates (update_id, chat_id, received_at, payload, status, processed_at, rejected)"
                    + " VALUES (?, ?, ?, ?, 'processed', ?, ?) ON CONFLICT (update_id) DO NOTHING",
                updateId, chat, db.clock().instant(), payload, db.clock().instant(), reason)
            == 1);
  }

  @Override
  public void about(long updateId, ChatId client) {
    db.run(
        "note whom update " + updateId + " is about",
        c -> Sql.update(c, "UPDATE updates SET client_chat = ? WHERE update_id = ?", client, updateId));
  }

  @Override
  public void lockChat(ChatId chat) {
    if (db.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    db.run(
        "lock chat " + chat.value(),
        c -> Sql.queryOne(c, "SELECT pg_advisory_xact_lock(?)", rs -> true, chat));
  }

  @Override
  public boolean earlierUnprocessed(ChatId chat, long updateId) {
    return db.run(
        "look for earlier updates of chat " + chat.value(),
        c -> Sql.queryOne(
                c,
                "SELECT update_id FROM updates WHERE status = 'received' AND update_id < ? AND chat_id = ? LIMIT 1",
                rs -> rs.getLong("update_id"),
                updateId, chat)
            .isPresent());
  }

  @Override
  public long rejectedSince(java.time.Instant from) {
    return db.run(
        "count rejected updates",
        c -> Sql.queryOne(
                c,
                "SELECT COUNT(*) AS n FROM updates WHERE rejected IS NOT NULL AND received_at >= ?",
                rs -> rs.getLong("n"),
                from)
            .orElse(0L));
  }

  @Override
  public List<JournaledUpdate> unprocessed(int limit) {
    return db.run(
        "list unprocessed updates",
        c -> Sql.query(
            c,
            "SELECT update_id, chat_id, payload, received_at FROM updates"
                + " WHERE status = 'received' ORDER BY update_id LIMIT ?",
            rs -> new JournaledUpdate(
                rs.getLong("update_id"),
                new ChatId(rs.getLong("chat_id")),
                rs.getString("payload"),
                Sql.instant(rs, "received_at")),
            limit));
  }

  @Override
  public java.util.Optional<String> payload(long updateId) {
    return db.run(
        "read update " + updateId,
        c -> Sql.queryOne(c, "SELECT payload FROM updates WHERE update_id = ?", rs -> rs.getString("payload"), updateId));
  }

  @Override
  public boolean markProcessed(long updateId) {
    return db.run(
        "mark update " + updateId + " processed",
        c -> Sql.update(
                c,
                "UPDATE updates SET status = 'processed', processed_at = ?"
                    + " WHERE update_id = ? AND status = 'received'",
                db.clock().instant(), updateId)
            == 1);
  }
}
