-- Hand-overs to a named person (issue 5). Portable SQL for SQLite and PostgreSQL, like V1.

-- One row per hand-over. A client has at most one open hand-over (closed_at IS NULL). due_at is
-- when the SLA sweep next looks at it (a reminder, then the backup); NULL when nothing is due.
-- Timers live here, not in memory, so they survive restarts and work across instances.
CREATE TABLE handoffs (
  id          ${identity},
  chat_id     BIGINT NOT NULL,
  staff       TEXT NOT NULL,
  topic       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  language    TEXT NOT NULL,
  stage       TEXT NOT NULL CHECK (stage IN ('waiting', 'reminded', 'backup', 'answered', 'done')),
  opened_at   BIGINT NOT NULL,
  due_at      BIGINT,
  answered_at BIGINT,
  acked_at    BIGINT,
  closed_at   BIGINT
);
CREATE UNIQUE INDEX handoffs_one_open ON handoffs (chat_id) WHERE closed_at IS NULL;
CREATE INDEX handoffs_due ON handoffs (due_at) WHERE closed_at IS NULL;
CREATE INDEX handoffs_chat ON handoffs (chat_id, id);

-- The staff group's forum topic of each client, reused on later hand-overs. name is the topic's
-- title as last set, so a state change renames it only when the title really changes.
CREATE TABLE staff_topics (
  chat_id       BIGINT PRIMARY KEY,
  staff_chat_id BIGINT NOT NULL,
  thread_id     BIGINT NOT NULL,
  name          TEXT NOT NULL,
  updated_at    BIGINT NOT NULL
);
CREATE INDEX staff_topics_thread ON staff_topics (staff_chat_id, thread_id);
