package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.conversation.ChatId;
import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decisions in columns that statistics query (action, language, knowledge, partner, staff, topic,
 * reason, request) and whole as JSON ({@code detail}), so fields the decision gains later are kept
 * too. Reading a row written before a field existed gives that field its default.
 */
final class JdbcDecisionLog implements DecisionLog {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDecisionLog.class);
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

  private final Database db;

  JdbcDecisionLog(Database db) {
    this.db = db;
  }

  @Override
  public void append(LoggedDecision logged) {
    Decision d = logged.decision();
    String ids = Json.write(d.knowledgeIds());
    String detail = Json.write(d);
    db.run(
        "log a decision",
        c -> Sql.update(
            c,
            "INSERT INTO decisions (chat_id, update_id, action, language, knowledge_ids, partner,"
                + " staff, topic, reason, request, reply, detail, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            logged.chat(), logged.updateId(), d.action().key(), d.language(), ids, d.partner(),
            d.staff(), d.topic(), d.reason(), d.request(), d.reply(), detail, logged.at()));
  }

  @Override
  public java.util.Optional<Instant[]> span() {
    return db.run(
        "span of decisions",
        c -> Sql.queryOne(
                c,
                "SELECT MIN(occurred_at) AS first, MAX(occurred_at) AS last FROM decisions",
                rs -> rs.getObject("first") == null
                    ? new Instant[0]
                    : new Instant[] {Sql.instant(rs, "first"), Sql.instant(rs, "last")}))
        .filter(span -> span.length == 2);
  }

  @Override
  public List<LoggedDecision> between(Instant from, Instant to) {
    return db.run(
        "read decisions",
        c -> Sql.query(
            c,
            "SELECT chat_id, update_id, action, language, knowledge_ids, partner, staff, topic,"
                + " reason, request, reply, detail, occurred_at FROM decisions"
                + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id",
            JdbcDecisionLog::row,
            from, to));
  }

  @Override
  public List<LoggedDecision> recent(io.frontline.conversation.ChatId chat, int n) {
    List<LoggedDecision> newestFirst =
        db.run(
            "read a chat's decisions",
            c -> Sql.query(
                c,
                "SELECT chat_id, update_id, action, language, knowledge_ids, partner, staff, topic,"
                    + " reason, request, reply, detail, occurred_at FROM decisions"
                    + " WHERE chat_id = ? ORDER BY id DESC LIMIT ?",
                JdbcDecisionLog::row,
                chat, n));
    List<LoggedDecision> out = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(out);
    return out;
  }

  private static LoggedDecision row(ResultSet rs) throws SQLException {
    List<String> ids;
    try {
      ids = Json.MAPPER.readValue(rs.getString("knowledge_ids"), IDS);
    } catch (JsonProcessingException e) {
      throw new SQLException("decisions.knowledge_ids is not a JSON list of strings", e);
    }
    String action = rs.getString("action");
    Decision columns =
        new Decision(
                Action.fromKey(action).orElseThrow(() -> new SQLException("unknown action " + action)),
                rs.getString("reply"),
                rs.getString("language"),
                ids,
                Sql.optionalString(rs, "partner"),
                Sql.optionalString(rs, "staff"),
                Sql.optionalString(rs, "topic"),
                rs.getString("reason"))
            .withRequest(rs.getString("request"));
    ChatId chat = new ChatId(rs.getLong("chat_id"));
    return new LoggedDecision(
        chat, Sql.optionalLong(rs, "update_id"), withDetail(chat, columns, rs.getString("detail")),
        Sql.instant(rs, "occurred_at"));
  }

  /** The decision the columns describe, completed with the fields the JSON has. */
  private static Decision withDetail(ChatId chat, Decision columns, String detail) {
    try {
      return Json.readOnto(columns, detail, Decision.class);
    } catch (IllegalArgumentException e) {
      LOG.warn("chat={} logged decision detail unreadable, using its columns: {}", chat.value(), e.getMessage());
      return columns;
    }
  }
}
