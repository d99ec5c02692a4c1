package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
            "INSERT INTO messages (chat_id, direction, text, media_kind, occurred_at, update_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            e.chat(), e.direction().key(), e.text(), e.mediaKind(), e.at(), e.updateId()));
  }

  @Override
  public List<TranscriptEntry> last(ChatId chat, int n) {
    List<TranscriptEntry> newestFirst =
        db.run(
            "read the transcript",
            c -> Sql.query(
                c,
                "SELECT direction, text, media_kind, occurred_at, update_id FROM messages"
                    + " WHERE chat_id = ? ORDER BY id DESC LIMIT ?",
                rs -> new TranscriptEntry(
                    chat,
                    Direction.fromKey(rs.getString("direction")),
                    rs.getString("text"),
                    Sql.optionalString(rs, "media_kind"),
                    Sql.instant(rs, "occurred_at"),
                    Sql.optionalLong(rs, "update_id")),
                chat, n));
    List<TranscriptEntry> out = new ArrayList<>(newestFirst);
    Collections.reverse(out);
    return List.copyOf(out);
  }
}
