package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.decision.ClientInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

final class JdbcClientDirectory implements ClientDirectory {

  private final Database db;

  JdbcClientDirectory(Database db) {
    this.db = db;
  }

  @Override
  public void seen(ChatId chat, ClientInfo info, Instant at) {
    db.run(
        "note a client",
        c -> Sql.update(
            c,
            "INSERT INTO clients (chat_id, user_id, first_name, username, language, first_seen_at,"
                + " last_seen_at, blocked) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)"
                + " ON CONFLICT (chat_id) DO UPDATE SET"
                + " user_id = COALESCE(excluded.user_id, clients.user_id),"
                + " first_name = COALESCE(excluded.first_name, clients.first_name),"
                + " username = COALESCE(excluded.username, clients.username),"
                + " language = COALESCE(excluded.language, clients.language),"
                + " last_seen_at = CASE WHEN excluded.last_seen_at > clients.last_seen_at"
                + " THEN excluded.last_seen_at ELSE clients.last_seen_at END",
            chat, info.userId(), info.firstName(), info.username(), info.languageCode(), at, at));
  }

  @Override
  public void setBlocked(ChatId chat, boolean blocked) {
    db.run(
        "set a client's blocked flag",
        c -> Sql.update(c, "UPDATE clients SET blocked = ? WHERE chat_id = ?", blocked, chat));
  }

  @Override
  public boolean recordContactSource(ChatId chat, String source) {
    Objects.requireNonNull(source, "source");
    return db.run(
        "record a client's contact source",
        c -> Sql.update(
                c,
                "UPDATE clients SET contact_source = ? WHERE chat_id = ? AND contact_source IS NULL",
                source, chat)
            == 1);
  }

  @Override
  public void chooseLanguage(ChatId chat, String language) {
    Objects.requireNonNull(language, "language");
    db.run(
        "record a client's chosen language",
        c -> Sql.update(c, "UPDATE clients SET chosen_language = ? WHERE chat_id = ?", language, chat));
  }

  @Override
  public Optional<Client> find(ChatId chat) {
    return db.run(
        "find a client",
        c -> Sql.queryOne(
            c,
            "SELECT user_id, first_name, username, language, first_seen_at, last_seen_at,"
                + " contact_source, blocked, chosen_language FROM clients WHERE chat_id = ?",
            rs -> new Client(
                chat,
                Sql.optionalLong(rs, "user_id"),
                Sql.optionalString(rs, "first_name"),
                Sql.optionalString(rs, "username"),
                Sql.optionalString(rs, "language"),
                Sql.instant(rs, "first_seen_at"),
                Sql.instant(rs, "last_seen_at"),
                Sql.optionalString(rs, "contact_source"),
                rs.getBoolean("blocked"),
                Sql.optionalString(rs, "chosen_language")),
            chat));
  }
}
