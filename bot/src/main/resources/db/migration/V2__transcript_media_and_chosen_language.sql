-- Version 2: what the transport learnt the store should hold.
-- Portable for SQLite and PostgreSQL; ${strpos} is the one function they name differently
-- (instr / strpos, both (text, needle) -> 1-based position or 0), filled in by Dialect.java.

-- The transcript's media as fields, not as "photo:<file_id>" text: media_kind is the kind as
-- Telegram names it, media_ref what a person needs to see it (the file_id of a photo, document,
-- voice...; the contact or the place as text), message_id Telegram's id of the client's message in
-- its chat (what copyMessage and forwardMessage take).
ALTER TABLE messages ADD COLUMN media_ref TEXT;
ALTER TABLE messages ADD COLUMN message_id BIGINT;
-- Rows written by version 1 kept "kind:reference" in media_kind; kinds never contain ':'. Both
-- databases evaluate every SET expression on the row as it was.
UPDATE messages
   SET media_ref  = substr(media_kind, ${strpos}(media_kind, ':') + 1),
       media_kind = substr(media_kind, 1, ${strpos}(media_kind, ':') - 1)
 WHERE media_kind LIKE '%:%';

-- The language the client chose with /language: it outlasts the conversation. clients.language
-- stays what Telegram reports (the client's app language).
ALTER TABLE clients ADD COLUMN chosen_language TEXT;
