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
    return db.run(
        "forget a client",
        c -> {
          Map<String, Integer> changed = new LinkedHashMap<>();
          changed.put("messages", Sql.update(c, "DELETE FROM messages WHERE chat_id = ?", chat));
          changed.put("decisions", Sql.update(c, "DELETE FROM decisions WHERE chat_id = ?", chat));
          changed.put("conversation_state", Sql.update(c, "DELETE FROM conversation_state WHERE chat_id = ?", chat));
          changed.put("handoffs", Sql.update(c, "DELETE FROM handoffs WHERE chat_id = ?", chat));
          changed.put("llm_memory", Sql.update(c, "DELETE FROM llm_memory WHERE chat_id = ?", chat));
          changed.put("staff_topics", Sql.update(c, "DELETE FROM staff_topics WHERE chat_id = ?", chat));
          int outbox = Sql.update(c, "DELETE FROM outbox WHERE chat_id = ?", chat);
          // Messages to staff about the client (an order card, a hand-over relay) name them by id.
          if (String.valueOf(Math.abs(chat.value())).length() >= 6) {
            outbox += Sql.update(c, "DELETE FROM outbox WHERE payload LIKE ?", "%" + chat.value() + "%");
          }
          changed.put("outbox", outbox);
          // The update ids stay, so a redelivered update is recognised as done; nothing else does.
          changed.put("updates", Sql.update(c, "UPDATE updates SET payload = '{}', chat_id = 0 WHERE chat_id = ?", chat));
          changed.put("orders", Sql.update(c, "UPDATE orders SET chat_id = NULL, address = NULL WHERE chat_id = ?", chat));
          changed.put("suggestion_events", Sql.update(c, "UPDATE suggestion_events SET chat_id = NULL WHERE chat_id = ?", chat));
          changed.put("subscriptions", Sql.update(c, "DELETE FROM subscriptions WHERE chat_id = ?", chat));
          changed.put("clients", Sql.update(c, "DELETE FROM clients WHERE chat_id = ?", chat));
          return changed;
        });
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
