package io.frontline.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/**
 * The provider's model as one turn sees it: every call of the turn (tool rounds, the retry) passes
 * here, on the turn's worker thread.
 *
 * <p>It puts the client's words into the request. LangChain4j renders user-message templates
 * variable by variable (1.8.0), so a client who writes {{facts}} would get the knowledge pasted
 * into their message, and {{anything}} else could break the template. The template therefore only
 * ever holds a random slot name ({@link Turn#slot}), and the client's text replaces it here, in
 * the finished request, untouched by any template.
 *
 * <p>It counts what each call sends, whatever the provider: the messages (system prompt, history,
 * the client's words, tool results) and the tool definitions, in tokens as OpenAI's tokenizer
 * counts them. So the per-turn budget is measured the same way for every provider and in tests,
 * where the provider's own figures are whatever a fake says.
 */
final class TurnChatModel implements ChatModel {

  private final ChatModel delegate;
  private final TokenCountEstimator estimator;

  TurnChatModel(ChatModel delegate, TokenCountEstimator estimator) {
    this.delegate = delegate;
    this.estimator = estimator;
  }

  @Override
  public ChatResponse chat(ChatRequest original) {
    Turn turn = LlmEngine.CURRENT.get();
    ChatRequest request = turn == null ? original : fill(original, turn);
    if (turn != null) {
      int tokens = estimator.estimateTokenCountInMessages(request.messages());
      if (request.toolSpecifications() != null) {
        for (ToolSpecification t : request.toolSpecifications()) {
          // The definition as a provider sends it: name, description, JSON schema of the arguments.
          tokens += estimator.estimateTokenCountInText(t.name() + " " + t.description() + " " + t.parameters());
        }
      }
      turn.calls.incrementAndGet();
      turn.estimatedInput.addAndGet(tokens);
    }
    return delegate.chat(request);
  }

  private static ChatRequest fill(ChatRequest r, Turn turn) {
    List<ChatMessage> out = new ArrayList<>(r.messages().size());
    boolean changed = false;
    for (ChatMessage m : r.messages()) {
      if (m instanceof UserMessage u && u.hasSingleText() && turn.hasSlot(u.singleText())) {
        out.add(u.name() == null ? UserMessage.from(turn.fillSlots(u.singleText())) : UserMessage.from(u.name(), turn.fillSlots(u.singleText())));
        changed = true;
      } else {
        out.add(m);
      }
    }
    return changed ? r.toBuilder().messages(out).build() : r;
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return delegate.defaultRequestParameters();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return delegate.supportedCapabilities();
  }

  @Override
  public ModelProvider provider() {
    return delegate.provider();
  }
}
