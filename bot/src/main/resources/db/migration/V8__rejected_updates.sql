-- Issue 15: an update that cannot be read (too deep, a field name of 50,000 characters, a date out
-- of range...) is journaled like any other, already processed, with why it was refused. The offset
-- moves past it and the chat goes on; the row says what happened and keeps what was sent.
ALTER TABLE updates ADD COLUMN rejected TEXT;
