package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.Stage;
import io.frontline.handoff.StaffTopic;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcHandoffStore implements HandoffStore {

  private static final String COLUMNS =
      "id, chat_id, staff, topic, reason, language, stage, opened_at, due_at, answered_at, acked_at, closed_at";

  private final Database db;

  JdbcHandoffStore(Database db) {
    this.db = db;
  }

  @Override
  public Handoff open(
      ChatId client, String staff, String topic, String reason, String language, Instant at, Optional<Instant> due) {
    return db.inTransaction(
        () ->
            db.run(
                "open a hand-over",
                c -> {
                  Sql.update(
                      c, "UPDATE handoffs SET closed_at = ?, stage = 'done', due_at = NULL"
                          + " WHERE chat_id = ? AND closed_at IS NULL", at, client);
                  Sql.update(
                      c,
                      "INSERT INTO handoffs (chat_id, staff, topic, reason, language, stage, opened_at, due_at)"
                          + " VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)",
                      client, staff, topic, reason, language, at, due);
                  return Sql.queryOne(
                          c, "SELECT " + COLUMNS + " FROM handoffs WHERE chat_id = ? AND closed_at IS NULL",
                          JdbcHandoffStore::row, client)
                      .orElseThrow();
                }));
  }

  @Override
  public Optional<Handoff> active(ChatId client) {
    return db.run(
        "find an open hand-over",
        c -> Sql.queryOne(
            c, "SELECT " + COLUMNS + " FROM handoffs WHERE chat_id = ? AND closed_at IS NULL",
            JdbcHandoffStore::row, client));
  }

  @Override
  public void reassign(long id, String staff, Stage stage, Optional<Instant> due) {
    db.run(
        "reassign a hand-over",
        c -> Sql.update(c, "UPDATE handoffs SET staff = ?, stage = ?, due_at = ? WHERE id = ?", staff, stage.key(), due, id));
  }

  @Override
  public void advance(long id, Stage stage, Optional<Instant> due) {
    db.run(
        "advance a hand-over",
        c -> Sql.update(c, "UPDATE handoffs SET stage = ?, due_at = ? WHERE id = ?", stage.key(), due, id));
  }

  @Override
  public void answered(long id, Instant at) {
    db.run(
        "note a person's answer",
        c -> Sql.update(
            c, "UPDATE handoffs SET stage = 'answered', due_at = NULL, answered_at = ? WHERE id = ?", at, id));
  }

  @Override
  public void acked(long id, Instant at) {
    db.run("note an acknowledgement", c -> Sql.update(c, "UPDATE handoffs SET acked_at = ? WHERE id = ?", at, id));
  }

  @Override
  public void close(long id, Instant at) {
    db.run(
        "close a hand-over",
        c -> Sql.update(
            c, "UPDATE handoffs SET stage = 'done', due_at = NULL, closed_at = ? WHERE id = ? AND closed_at IS NULL",
            at, id));
  }

  @Override
  public List<Handoff> due(Instant now, int limit) {
    return db.run(
        "find due hand-overs",
        c -> Sql.query(
            c,
            "SELECT " + COLUMNS + " FROM handoffs WHERE closed_at IS NULL AND due_at IS NOT NULL AND due_at <= ?"
                + " ORDER BY due_at, id LIMIT ?",
            JdbcHandoffStore::row, now, limit));
  }

  @Override
  public Map<String, Integer> openByStaff() {
    return db.run(
        "count open hand-overs",
        c -> {
          Map<String, Integer> out = new LinkedHashMap<>();
          Sql.query(
              c, "SELECT staff, COUNT(*) AS n FROM handoffs WHERE closed_at IS NULL GROUP BY staff ORDER BY staff",
              rs -> out.put(rs.getString("staff"), rs.getInt("n")));
          return out;
        });
  }

  @Override
  public int count(ChatId client) {
    return db.run(
        "count a client's hand-overs",
        c -> Sql.queryOne(c, "SELECT COUNT(*) AS n FROM handoffs WHERE chat_id = ?", rs -> rs.getInt("n"), client)
            .orElse(0));
  }

  @Override
  public Optional<StaffTopic> topic(ChatId client) {
    return db.run(
        "find a client's topic",
        c -> Sql.queryOne(
            c, "SELECT staff_chat_id, thread_id, name FROM staff_topics WHERE chat_id = ?",
            rs -> new StaffTopic(client, rs.getLong("staff_chat_id"), rs.getLong("thread_id"), rs.getString("name")),
            client));
  }

  @Override
  public void saveTopic(StaffTopic t) {
    db.run(
        "save a client's topic",
        c -> Sql.update(
            c,
            "INSERT INTO staff_topics (chat_id, staff_chat_id, thread_id, name, updated_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (chat_id) DO UPDATE SET staff_chat_id = excluded.staff_chat_id,"
                + " thread_id = excluded.thread_id, name = excluded.name, updated_at = excluded.updated_at",
            t.client(), t.staffChat(), t.threadId(), t.name(), db.clock().instant()));
  }

  @Override
  public Optional<ChatId> clientOfTopic(long staffChat, long threadId) {
    return db.run(
        "find a topic's client",
        c -> Sql.queryOne(
            c, "SELECT chat_id FROM staff_topics WHERE staff_chat_id = ? AND thread_id = ?",
            rs -> new ChatId(rs.getLong("chat_id")), staffChat, threadId));
  }

  private static Handoff row(ResultSet rs) throws SQLException {
    return new Handoff(
        rs.getLong("id"),
        new ChatId(rs.getLong("chat_id")),
        rs.getString("staff"),
        rs.getString("topic"),
        rs.getString("reason"),
        rs.getString("language"),
        Stage.of(rs.getString("stage")),
        Sql.instant(rs, "opened_at"),
        Sql.optionalLong(rs, "due_at").map(Instant::ofEpochMilli),
        Sql.optionalLong(rs, "answered_at").map(Instant::ofEpochMilli),
        Sql.optionalLong(rs, "acked_at").map(Instant::ofEpochMilli),
        Sql.optionalLong(rs, "closed_at").map(Instant::ofEpochMilli));
  }
}
