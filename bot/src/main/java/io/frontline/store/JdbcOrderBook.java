package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Aftercare;
import io.frontline.decision.Decision;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.order.NewOrder;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.relationship.Relationship;
import io.frontline.relationship.SuggestionAnswer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class JdbcOrderBook implements OrderBook {

  private static final String COLUMNS =
      "id, chat_id, item, quantity, total, address, slot_date, slot_from, slot_to, handler, language, status,"
          + " placed_at, updated_at, problem_at";

  private final Database db;

  JdbcOrderBook(Database db) {
    this.db = db;
  }

  @Override
  public Relationship of(ChatId chat, Instant at) {
    return db.run(
        "read a client's orders and suggestions",
        c -> {
          List<PastOrder> orders =
              Sql.query(c, "SELECT " + COLUMNS + " FROM orders WHERE chat_id = ? ORDER BY id DESC", rs -> stored(rs).order(), chat);
          List<SuggestionAnswer> answers =
              Sql.query(
                  c,
                  "SELECT suggestion, event, occurred_at FROM suggestion_events WHERE chat_id = ? ORDER BY id",
                  rs -> new SuggestionAnswer(
                      rs.getString("suggestion"),
                      Sql.instant(rs, "occurred_at"),
                      switch (rs.getString("event")) {
                        case "accepted" -> Optional.of(true);
                        case "declined" -> Optional.of(false);
                        default -> Optional.<Boolean>empty();
                      }),
                  chat);
          return new Relationship(orders, answers);
        });
  }

  @Override
  public Optional<Long> record(ChatId chat, Decision decision, Instant at) {
    Aftercare a = decision.aftercare();
    if (a.isNone() || (a.draft().isPresent() && a.placed().isEmpty() && a.problemWith().isEmpty()
        && a.offered().isEmpty() && a.accepted().isEmpty() && a.declined().isEmpty())) {
      // Nothing to keep: a draft lives in the conversation state.
      return Optional.empty();
    }
    return db.run(
        "record an order or a suggestion",
        c -> {
          Optional<Long> placed = Optional.empty();
          if (a.placed().isPresent()) {
            NewOrder o = a.placed().get();
            placed =
                Sql.queryOne(
                    c,
                    "INSERT INTO orders (chat_id, item, quantity, unit_price, discount, total, address, slot_date,"
                        + " slot_from, slot_to, handler, language, status, placed_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'placed', ?, ?) RETURNING id",
                    rs -> rs.getLong(1),
                    chat, o.quote().item(), o.quote().quantity(), o.quote().unitPrice().toPlainString(),
                    o.quote().discount(), o.quote().total().toPlainString(), o.address(),
                    o.slot().date().toString(), o.slot().from().toString(), o.slot().to().toString(),
                    o.handler(), o.language(), at, at);
          }
          if (a.problemWith().isPresent()) {
            // Only the client's own order: an id from anywhere else changes nothing.
            Sql.update(c, "UPDATE orders SET problem_at = ? WHERE id = ? AND chat_id = ?", at, a.problemWith().get(), chat);
          }
          for (Map.Entry<String, Optional<String>> e :
              List.of(Map.entry("offered", a.offered()), Map.entry("accepted", a.accepted()), Map.entry("declined", a.declined()))) {
            if (e.getValue().isPresent()) {
              Sql.update(
                  c,
                  "INSERT INTO suggestion_events (chat_id, suggestion, event, occurred_at) VALUES (?, ?, ?, ?)",
                  chat, e.getValue().get(), e.getKey(), at);
            }
          }
          return placed;
        });
  }

  @Override
  public Optional<StoredOrder> find(long id) {
    return db.run(
        "find an order",
        c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM orders WHERE id = ?", JdbcOrderBook::stored, id));
  }

  @Override
  public Optional<StoredOrder> setStatus(long id, OrderStatus status, Instant at) {
    return db.run(
        "set an order's status",
        c -> {
          Sql.update(c, "UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", status.key(), at, id);
          return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM orders WHERE id = ?", JdbcOrderBook::stored, id);
        });
  }

  @Override
  public Map<String, Integer> orderCounts(Instant from, Instant to) {
    return db.run(
        "count orders",
        c -> {
          Map<String, Integer> out = new TreeMap<>();
          Sql.query(
              c,
              "SELECT status, COUNT(*) AS n, SUM(CASE WHEN problem_at IS NULL THEN 0 ELSE 1 END) AS problems"
                  + " FROM orders WHERE placed_at >= ? AND placed_at < ? GROUP BY status",
              rs -> {
                out.put(rs.getString("status"), rs.getInt("n"));
                out.merge("problem", rs.getInt("problems"), Integer::sum);
                return null;
              },
              from, to);
          return out;
        });
  }

  @Override
  public Map<String, Map<String, Integer>> suggestionCounts(Instant from, Instant to) {
    return db.run(
        "count suggestions",
        c -> {
          Map<String, Map<String, Integer>> out = new TreeMap<>();
          Sql.query(
              c,
              "SELECT suggestion, event, COUNT(*) AS n FROM suggestion_events"
                  + " WHERE occurred_at >= ? AND occurred_at < ? GROUP BY suggestion, event",
              rs -> out.computeIfAbsent(rs.getString("suggestion"), k -> new TreeMap<>()).put(rs.getString("event"), rs.getInt("n")),
              from, to);
          return out;
        });
  }

  private static StoredOrder stored(ResultSet rs) throws SQLException {
    PastOrder o =
        new PastOrder(
            rs.getLong("id"),
            rs.getString("item"),
            rs.getInt("quantity"),
            new BigDecimal(rs.getString("total")),
            Sql.optionalString(rs, "address"),
            new DeliverySlot(
                LocalDate.parse(rs.getString("slot_date")),
                LocalTime.parse(rs.getString("slot_from")),
                LocalTime.parse(rs.getString("slot_to"))),
            OrderStatus.fromKey(rs.getString("status")).orElse(OrderStatus.PLACED),
            Sql.instant(rs, "placed_at"),
            Sql.instant(rs, "updated_at"),
            Sql.optionalLong(rs, "problem_at").map(Instant::ofEpochMilli));
    return new StoredOrder(
        Sql.optionalLong(rs, "chat_id").map(ChatId::new), o, rs.getString("handler"), rs.getString("language"));
  }
}
