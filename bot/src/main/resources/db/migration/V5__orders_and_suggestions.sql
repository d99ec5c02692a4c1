-- Orders taken in the chat, and the suggestions made to clients (issue 7).
-- Amounts are decimal text (exact on both databases); times are epoch milliseconds.

-- An order a client confirmed in the chat. chat_id and address are NULL once the client asked to be
-- forgotten: the order itself stays, anonymised, for the company's books.
CREATE TABLE orders (
  id          ${identity},
  chat_id     BIGINT,
  item        TEXT NOT NULL,
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  unit_price  TEXT NOT NULL,
  discount    TEXT,
  total       TEXT NOT NULL,
  address     TEXT,
  slot_date   TEXT NOT NULL,
  slot_from   TEXT NOT NULL,
  slot_to     TEXT NOT NULL,
  handler     TEXT NOT NULL,
  language    TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'done', 'cancelled')),
  placed_at   BIGINT NOT NULL,
  updated_at  BIGINT NOT NULL,
  problem_at  BIGINT
);
CREATE INDEX orders_chat ON orders (chat_id, id);
CREATE INDEX orders_time ON orders (placed_at);

-- Every suggestion offered and every answer, for the client's memory ("no" is never asked again)
-- and for statistics. chat_id is NULL once the client asked to be forgotten.
CREATE TABLE suggestion_events (
  id          ${identity},
  chat_id     BIGINT,
  suggestion  TEXT NOT NULL,
  event       TEXT NOT NULL CHECK (event IN ('offered', 'accepted', 'declined')),
  occurred_at BIGINT NOT NULL
);
CREATE INDEX suggestion_events_chat ON suggestion_events (chat_id, id);
CREATE INDEX suggestion_events_time ON suggestion_events (occurred_at);
