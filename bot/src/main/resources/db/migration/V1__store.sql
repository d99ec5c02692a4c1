-- The Frontline store, version 1. One portable file for SQLite (3.35 or later) and PostgreSQL.
-- Times are epoch milliseconds (UTC) in BIGINT columns named *_at. The one thing the two databases
-- spell differently, an auto-numbered key, is the placeholder below, filled in by Dialect.java.
-- Never edit a migration that has shipped: add V2__... instead.

-- Who writes to the bot. chat_id is the private chat (for Telegram users, equal to the user id).
CREATE TABLE clients (
  chat_id        BIGINT PRIMARY KEY,
  user_id        BIGINT,
  first_name     TEXT,
  username       TEXT,
  language       TEXT,
  first_seen_at  BIGINT NOT NULL,
  last_seen_at   BIGINT NOT NULL,
  contact_source TEXT,
  blocked        BOOLEAN NOT NULL DEFAULT FALSE
);

-- The journal of Telegram updates: recorded before Telegram is told they arrived, marked processed
-- in the same transaction as the reply they caused. update_id makes processing idempotent.
CREATE TABLE updates (
  update_id    BIGINT PRIMARY KEY,
  chat_id      BIGINT NOT NULL,
  received_at  BIGINT NOT NULL,
  payload      TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed')),
  processed_at BIGINT
);
CREATE INDEX updates_unprocessed ON updates (update_id) WHERE status = 'received';

-- The transcript: what the client wrote, what the bot answered, what a person wrote.
CREATE TABLE messages (
  id          ${identity},
  chat_id     BIGINT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('in', 'out', 'staff')),
  text        TEXT NOT NULL,
  media_kind  TEXT,
  occurred_at BIGINT NOT NULL,
  update_id   BIGINT
);
CREATE INDEX messages_chat ON messages (chat_id, id);

-- Every decision and why: for statistics and for the person who takes over. request is the
-- client's request as the engine read it ('' when none): unanswered ones show what is missing.
-- detail is the whole io.frontline.decision.Decision as JSON; the columns are what SQL asks about.
CREATE TABLE decisions (
  id            ${identity},
  chat_id       BIGINT NOT NULL,
  update_id     BIGINT,
  action        TEXT NOT NULL,
  language      TEXT NOT NULL,
  knowledge_ids TEXT NOT NULL,
  partner       TEXT,
  staff         TEXT,
  topic         TEXT,
  reason        TEXT NOT NULL,
  request       TEXT NOT NULL,
  reply         TEXT NOT NULL,
  detail        TEXT NOT NULL,
  occurred_at   BIGINT NOT NULL
);
CREATE INDEX decisions_time ON decisions (occurred_at);
CREATE INDEX decisions_chat ON decisions (chat_id, id);

-- What the bot remembers of each conversation (io.frontline.decision.ConversationState as JSON).
CREATE TABLE conversation_state (
  chat_id    BIGINT PRIMARY KEY,
  state      TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- Replies on their way out. dedup_key is unique ("update:<update_id>:<n>"), so processing an update
-- again cannot enqueue its reply twice. While a row is 'pending', next_attempt_at is when it may be
-- sent; while it is 'sending', it is when the claim (lease) expires and another sender may retry it.
CREATE TABLE outbox (
  id              ${identity},
  chat_id         BIGINT NOT NULL,
  kind            TEXT NOT NULL,
  payload         TEXT NOT NULL,
  dedup_key       TEXT NOT NULL UNIQUE,
  status          TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error      TEXT,
  created_at      BIGINT NOT NULL,
  sent_at         BIGINT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_chat ON outbox (chat_id, id) WHERE status IN ('pending', 'sending');
