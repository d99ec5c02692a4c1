package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.conversation.ChatId;
import io.frontline.news.NewsPost;
import io.frontline.news.Subscriber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcSubscriptions implements Subscriptions {

  private static final String COLUMNS = "id, author, body, translations, status, recipients, created_at";

  private final Database db;

  JdbcSubscriptions(Database db) {
    this.db = db;
  }

  @Override
  public boolean subscribe(ChatId chat, Instant at) {
    return db.run(
        "subscribe a client",
        c -> Sql.update(c, "INSERT INTO subscriptions (chat_id, subscribed_at) VALUES (?, ?) ON CONFLICT (chat_id) DO NOTHING", chat, at) == 1);
  }

  @Override
  public boolean unsubscribe(ChatId chat) {
    return db.run("unsubscribe a client", c -> Sql.update(c, "DELETE FROM subscriptions WHERE chat_id = ?", chat) > 0);
  }

  @Override
  public boolean isSubscribed(ChatId chat) {
    return db.run(
        "read a subscription",
        c -> Sql.queryOne(c, "SELECT 1 FROM subscriptions WHERE chat_id = ?", rs -> true, chat).isPresent());
  }

  @Override
  public List<Subscriber> subscribers() {
    return db.run(
        "list subscribers",
        c -> Sql.query(
            c,
            "SELECT s.chat_id, COALESCE(k.chosen_language, k.language) AS lang FROM subscriptions s"
                + " JOIN clients k ON k.chat_id = s.chat_id WHERE k.blocked = ? ORDER BY s.chat_id",
            rs -> new Subscriber(new ChatId(rs.getLong("chat_id")), Sql.optionalString(rs, "lang")),
            false));
  }

  @Override
  public NewsPost draft(String author, String body, Map<String, String> translations, Instant at) {
    return db.run(
        "write a news draft",
        c -> {
          Sql.update(c, "UPDATE news SET status = 'cancelled', decided_at = ? WHERE status = 'draft'", at);
          long id =
              Sql.queryOne(
                      c,
                      "INSERT INTO news (author, body, translations, status, created_at) VALUES (?, ?, ?, 'draft', ?) RETURNING id",
                      rs -> rs.getLong(1),
                      author, body, Json.write(translations), at)
                  .orElseThrow();
          return new NewsPost(id, author, body, translations, NewsPost.Status.DRAFT, Optional.empty(), at);
        });
  }

  @Override
  public Optional<NewsPost> currentDraft() {
    return db.run(
        "read the news draft",
        c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM news WHERE status = 'draft' ORDER BY id DESC", JdbcSubscriptions::post));
  }

  @Override
  public Optional<NewsPost> find(long id) {
    return db.run("read a news post", c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM news WHERE id = ?", JdbcSubscriptions::post, id));
  }

  @Override
  public boolean decide(long id, NewsPost.Status status, int recipients, Instant at) {
    if (status == NewsPost.Status.DRAFT) {
      throw new IllegalArgumentException("a decision is sent or cancelled");
    }
    return db.run(
        "decide a news draft",
        c -> Sql.update(
                c,
                "UPDATE news SET status = ?, recipients = ?, decided_at = ? WHERE id = ? AND status = 'draft'",
                status.key(), status == NewsPost.Status.SENT ? recipients : null, at, id)
            == 1);
  }

  private static NewsPost post(ResultSet rs) throws SQLException {
    Map<String, String> translations;
    try {
      translations = Json.MAPPER.readValue(rs.getString("translations"), new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("news " + rs.getLong("id") + ": unreadable translations", e);
    }
    int recipients = rs.getInt("recipients");
    Optional<Integer> sent = rs.wasNull() ? Optional.empty() : Optional.of(recipients);
    return new NewsPost(
        rs.getLong("id"), rs.getString("author"), rs.getString("body"), translations,
        NewsPost.Status.of(rs.getString("status")), sent, Sql.instant(rs, "created_at"));
  }
}
