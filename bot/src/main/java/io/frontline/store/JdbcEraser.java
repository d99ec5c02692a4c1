package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

final class JdbcEraser implements Eraser {

  private final Database db;

  JdbcEraser(Database db) {
    this.db = db;
  }

  @Override
  public Map<String, Integer> forget(ChatId chat) {
    Map<String, Integer> changed =
        db.run(
            "forget a client",
            c -> {
              Map<String, Integer> n = new LinkedHashMap<>();
              n.put("messages", Sql.update(c, "DELETE FROM messages WHERE chat_id = ?", chat));
              n.put("decisions", Sql.update(c, "DELETE FROM decisions WHERE chat_id = ?", chat));
              n.put("conversation_state", Sql.update(c, "DELETE FROM conversation_state WHERE chat_id = ?", chat));
              n.put("handoffs", Sql.update(c, "DELETE FROM handoffs WHERE chat_id = ?", chat));
              n.put("llm_memory", Sql.update(c, "DELETE FROM llm_memory WHERE chat_id = ?", chat));
              // The client's updates, and the staff's about them (the topic's service messages,
              // replies quoting the client, notes): blanked; the update ids stay, so a redelivered
              // update is recognised as done.
              int updates = Sql.update(c, "UPDATE updates SET payload = '{}', chat_id = 0 WHERE chat_id = ?", chat);
              updates += Sql.update(c, "UPDATE updates SET payload = '{}', client_chat = NULL WHERE client_chat = ?", chat);
              updates += topicUpdates(c, chat);
              n.put("updates", updates);
              n.put("staff_topics", Sql.update(c, "DELETE FROM staff_topics WHERE chat_id = ?", chat));
              // By the chat and the client columns only: a text match would take other clients'
              // messages that merely contain these digits.
              n.put("outbox", Sql.update(c, "DELETE FROM outbox WHERE chat_id = ? OR client_chat = ?", chat, chat));
              n.put("orders", Sql.update(c, "UPDATE orders SET chat_id = NULL, address = NULL WHERE chat_id = ?", chat));
              n.put("suggestion_events", Sql.update(c, "UPDATE suggestion_events SET chat_id = NULL WHERE chat_id = ?", chat));
              n.put("subscriptions", Sql.update(c, "DELETE FROM subscriptions WHERE chat_id = ?", chat));
              n.put("clients", Sql.update(c, "DELETE FROM clients WHERE chat_id = ?", chat));
              return n;
            });
    // The deleted text must not linger in the file: SQLite runs with secure_delete (pages are
    // zeroed), and the write-ahead log that still holds the old pages is emptied once this commits.
    db.afterCommit(db::compactLog);
    return changed;
  }

  /**
   * Staff-group updates in the client's topic journaled before updates had a client column
   * (version 8 and older): found by the topic's thread id in the update's own JSON field.
   */
  private static int topicUpdates(java.sql.Connection c, ChatId chat) throws java.sql.SQLException {
    var topic = Sql.queryOne(
        c, "SELECT staff_chat_id, thread_id FROM staff_topics WHERE chat_id = ?",
        rs -> new long[] {rs.getLong("staff_chat_id"), rs.getLong("thread_id")}, chat);
    if (topic.isEmpty()) {
      return 0;
    }
    long group = topic.get()[0];
    String thread = "\"message_thread_id\":" + topic.get()[1];
    return Sql.update(
        c,
        "UPDATE updates SET payload = '{}' WHERE chat_id = ? AND client_chat IS NULL AND payload <> '{}'"
            + " AND (payload LIKE ? OR payload LIKE ?)",
        group, "%" + thread + ",%", "%" + thread + "}%");
  }

  @Override
  public Map<String, Integer> dropHistoryBefore(Instant before, Instant delivered) {
    return db.run(
        "drop old history",
        c -> {
          Map<String, Integer> changed = new LinkedHashMap<>();
          changed.put("messages", Sql.update(c, "DELETE FROM messages WHERE occurred_at < ?", before));
          changed.put("decisions", Sql.update(c, "DELETE FROM decisions WHERE occurred_at < ?", before));
          changed.put("updates", Sql.update(c,
              "UPDATE updates SET payload = '{}' WHERE status = 'processed' AND received_at < ? AND payload <> '{}'", before));
          changed.put("outbox", Sql.update(c,
              "DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < ?", delivered));
          return changed;
        });
  }
}
