package io.frontline.store;

import java.util.Optional;

/** {@link JobLog} in the {@code jobs} table (V6); one row per job, overwritten. */
final class JdbcJobLog implements JobLog {

  private final Database db;

  JdbcJobLog(Database db) {
    this.db = db;
  }

  @Override
  public Optional<String> lastPeriod(String job) {
    return db.run("read a job", c -> Sql.queryOne(c, "SELECT period FROM jobs WHERE job = ?", rs -> rs.getString(1), job));
  }

  @Override
  public void done(String job, String period) {
    // ON CONFLICT ... DO UPDATE: both SQLite (3.24+) and PostgreSQL (9.5+) spell it alike.
    db.run(
        "record a job",
        c -> Sql.update(
            c,
            "INSERT INTO jobs (job, period, done_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (job) DO UPDATE SET period = excluded.period, done_at = excluded.done_at",
            job, period, db.clock().instant()));
  }
}
