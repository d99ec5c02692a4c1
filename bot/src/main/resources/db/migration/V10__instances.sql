-- Issue 15: instances sharing a database (PostgreSQL) say they are alive every few seconds; each
-- takes its share of Telegram's sending limits (30 a second per bot, one a second per chat, 20 a
-- minute per group), so together they keep them.
CREATE TABLE instances (
  id      TEXT PRIMARY KEY,
  seen_at BIGINT NOT NULL
);
