-- Issue 8: what the bot's scheduled jobs last did, so a restart neither repeats nor skips one.
-- For the weekly summary: job = 'weekly-summary', period = the ISO week it covered ('2026-W47').
-- Several instances share it: the outbox's dedup key keeps a summary from being posted twice even
-- when two instances run the job at the same moment.
CREATE TABLE jobs (
  job        TEXT PRIMARY KEY,
  period     TEXT NOT NULL,
  done_at    BIGINT NOT NULL
);
