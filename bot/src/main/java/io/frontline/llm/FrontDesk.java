package io.frontline.llm;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.memory.ChatMemoryAccess;

/**
 * The AI service (LangChain4j builds it): the system prompt from {@code prompts/llm/system.md},
 * the client's words as the user message, {@link FrontDeskTools} as its tools, a
 * {@link ModelDecision} as its answer. {@code message} is a slot name, not text: the client's
 * words are put in by {@link TurnChatModel} after LangChain4j has rendered its templates, so
 * braces in them are sent as written. A refused draft is asked for again by {@link Redraft}.
 */
interface FrontDesk extends ChatMemoryAccess {

  @UserMessage("{{message}}")
  Result<ModelDecision> decide(
      @MemoryId long chat,
      @V("message") String message,
      @V("language") String language,
      @V("now") String now,
      @V("facts") String facts);
}
