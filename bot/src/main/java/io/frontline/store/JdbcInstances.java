package io.frontline.store;

import java.time.Instant;

final class JdbcInstances implements Instances {

  private final Database db;

  JdbcInstances(Database db) {
    this.db = db;
  }

  @Override
  public void beat(String id, Instant now) {
    db.run(
        "instance heartbeat",
        c -> Sql.update(
            c,
            "INSERT INTO instances (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at",
            id, now));
  }

  @Override
  public int alive(Instant since) {
    long n = db.run(
        "count instances",
        c -> Sql.queryOne(c, "SELECT COUNT(*) AS n FROM instances WHERE seen_at >= ?", rs -> rs.getLong("n"), since)
            .orElse(0L));
    return (int) Math.max(1, n);
  }

  @Override
  public void leave(String id) {
    db.run("instance leaves", c -> Sql.update(c, "DELETE FROM instances WHERE id = ?", id));
  }
}
