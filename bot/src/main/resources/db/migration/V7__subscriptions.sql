-- Staying in touch (issue 7): who asked for news, and the news staff write.
-- Times are epoch milliseconds.

-- A row per client who opted in (/subscribe or the button); /unsubscribe and /forget delete it, so
-- nobody without a row ever gets news.
CREATE TABLE subscriptions (
  chat_id       BIGINT PRIMARY KEY,
  subscribed_at BIGINT NOT NULL
);

-- A news post: a draft until staff confirm it (sent: one outbox row per subscriber, keyed
-- news:<id>:<chat>) or drop it (cancelled). translations is a JSON object language -> text.
CREATE TABLE news (
  id          ${identity},
  author      TEXT NOT NULL,
  body        TEXT NOT NULL,
  translations TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'cancelled')),
  recipients  INTEGER,
  created_at  BIGINT NOT NULL,
  decided_at  BIGINT
);
CREATE INDEX news_status ON news (status, id);
