-- Issue 15: /forget finds what concerns a client by a column, never by matching text.
-- updates.client_chat: for a staff update (in the staff group, or a person's private chat in
-- direct mode), the client it was about (their topic, the message replied to).
-- outbox.client_chat: for a staff message (a card, a relayed message, an order card), the client
-- it is about.
ALTER TABLE updates ADD COLUMN client_chat BIGINT;
ALTER TABLE outbox ADD COLUMN client_chat BIGINT;
CREATE INDEX updates_client ON updates (client_chat) WHERE client_chat IS NOT NULL;
CREATE INDEX outbox_client ON outbox (client_chat) WHERE client_chat IS NOT NULL;
