package io.frontline.store;

import io.frontline.llm.ChatMemoryRows;
import java.util.Optional;

/** The model's memory per chat, one row each (table {@code llm_memory}, migration V4). */
final class JdbcChatMemoryRows implements ChatMemoryRows {

  private final Database db;

  JdbcChatMemoryRows(Database db) {
    this.db = db;
  }

  @Override
  public Optional<String> read(long chat) {
    return db.run(
        "read model memory",
        c -> Sql.queryOne(c, "SELECT messages FROM llm_memory WHERE chat_id = ?", rs -> rs.getString("messages"), chat));
  }

  @Override
  public void write(long chat, String messages) {
    db.run(
        "write model memory",
        c -> Sql.update(
            c,
            "INSERT INTO llm_memory (chat_id, messages, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (chat_id) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at",
            chat, messages, db.clock().instant()));
  }

  @Override
  public void delete(long chat) {
    db.run("delete model memory", c -> Sql.update(c, "DELETE FROM llm_memory WHERE chat_id = ?", chat));
  }
}
