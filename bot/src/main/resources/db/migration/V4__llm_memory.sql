-- LLM mode (issue 6): the model's memory of each chat, as LangChain4j's JSON list of messages. It
-- holds only what the client wrote and what the client was sent (the last few exchanges), written
-- once per turn; tool calls and refused drafts never reach it. Read back sanitized.
CREATE TABLE llm_memory (
  chat_id    BIGINT PRIMARY KEY,
  messages   TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
