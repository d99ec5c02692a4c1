package io.frontline.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The second draft after a refused one, asked for compactly (LangChain4j builds it): the same
 * system prompt with only the cards the turn already handed out, no tools and no history, and a
 * note with the client's message, the refused draft and why it was refused. The first call's
 * whole conversation is not sent again, so a retry fits the turn's token budget. {@code note} is
 * a slot name (see {@link TurnChatModel}): the note quotes the client and the model.
 */
interface Redraft {

  @UserMessage("{{note}}")
  Result<ModelDecision> redraft(
      @V("note") String note, @V("language") String language, @V("now") String now, @V("facts") String facts);
}
