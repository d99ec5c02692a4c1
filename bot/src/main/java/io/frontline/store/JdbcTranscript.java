package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

final class JdbcTranscript implements Transcript {

  private final Database db;

  JdbcTranscript(Database db) {
    this.db = db;
  }

  @Override
  public void append(TranscriptEntry e) {
    db.run(
        "append to the transcript",
        c -> Sql.update(
            c,
            "INSERT INTO messages (chat_id, direction, text, media_kind, media_ref, occurred_at, update_id,"
                + " message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            e.chat(), e.direction().key(), e.text(), e.media().map(Attachment::kind),
            e.media().map(Attachment::reference), e.at(), e.updateId(), e.messageId()));
  }

  @Override
  public List<TranscriptEntry> last(ChatId chat, int n) {
    List<TranscriptEntry> newestFirst =
        db.run(
            "read the transcript",
            c -> Sql.query(
                c,
                "SELECT direction, text, media_kind, media_ref, occurred_at, update_id, message_id FROM messages"
                    + " WHERE chat_id = ? ORDER BY id DESC LIMIT ?",
                rs -> {
                  Optional<String> kind = Sql.optionalString(rs, "media_kind");
                  Optional<String> ref = Sql.optionalString(rs, "media_ref");
                  return new TranscriptEntry(
                      chat,
                      Direction.fromKey(rs.getString("direction")),
                      rs.getString("text"),
                      kind.map(k -> new Attachment(k, ref.orElse(""))),
                      Sql.instant(rs, "occurred_at"),
                      Sql.optionalLong(rs, "update_id"),
                      Sql.optionalLong(rs, "message_id"));
                },
                chat, n));
    List<TranscriptEntry> out = new ArrayList<>(newestFirst);
    Collections.reverse(out);
    return List.copyOf(out);
  }
}
