package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.conversation.StateStore;
import io.frontline.decision.ConversationState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation state as JSON, one row per chat. Read in a transaction, the row stays locked until
 * the transaction ends (see {@link Dialect#forUpdate}). A state last written more than {@code idle} ago
 * reads as {@link ConversationState#NEW}. Fields missing from stored JSON (written by an older
 * version) take their value in {@code NEW}; fields no longer known are ignored; a row that cannot be
 * read at all is logged and read as {@code NEW}, so a bad row never stops a chat.
 */
final class JdbcConversationStore implements StateStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcConversationStore.class);

  private record Row(String json, Instant updatedAt) {}

  private final Database db;
  private final Duration idle;

  JdbcConversationStore(Database db, Duration idle) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive, was " + idle);
    }
    this.db = db;
    this.idle = idle;
  }

  @Override
  public ConversationState get(ChatId chat) {
    boolean lock = db.inTransactionNow();
    Optional<Row> row =
        db.run(
            "read conversation state",
            c -> {
              if (lock) {
                // A row to lock even on the chat's first message; written long ago, it reads as NEW.
                Sql.update(
                    c,
                    "INSERT INTO conversation_state (chat_id, state, updated_at) VALUES (?, '{}', 0)"
                        + " ON CONFLICT (chat_id) DO NOTHING",
                    chat);
              }
              return Sql.queryOne(
                  c,
                  "SELECT state, updated_at FROM conversation_state WHERE chat_id = ?"
                      + (lock ? db.dialect().forUpdate : ""),
                  rs -> new Row(rs.getString("state"), Sql.instant(rs, "updated_at")),
                  chat);
            });
    if (row.isEmpty() || row.get().updatedAt().plus(idle).isBefore(db.clock().instant())) {
      return ConversationState.NEW;
    }
    return parse(chat, row.get().json());
  }

  @Override
  public void put(ChatId chat, ConversationState state) {
    String json = Json.write(state);
    db.run(
        "write conversation state",
        c -> Sql.update(
            c,
            "INSERT INTO conversation_state (chat_id, state, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (chat_id) DO UPDATE"
                + " SET state = excluded.state, updated_at = excluded.updated_at",
            chat, json, db.clock().instant()));
  }

  private static ConversationState parse(ChatId chat, String json) {
    try {
      return Json.readOnto(ConversationState.NEW, json, ConversationState.class);
    } catch (IllegalArgumentException e) {
      LOG.warn("chat={} stored conversation state unreadable, starting afresh: {}", chat.value(), e.getMessage());
      return ConversationState.NEW;
    }
  }
}
