package io.frontline.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import dev.langchain4j.model.ModelProvider;
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
 * <p>It keeps the turn within its {@link TokenBudget}, whatever the provider: it counts what each
 * call sends (system prompt, history, the client's words, tool results, tool definitions) as
 * OpenAI's tokenizer counts them; it drops the oldest history from a call that is over its
 * allowance (the first call's, or what the turn has left); and it refuses to send a call that
 * would still take the turn past the budget ({@link TokenBudget.Exceeded}: the rules answer).
 */
final class TurnChatModel implements ChatModel {

  private final ChatModel delegate;
  private final TokenBudget budget;

  TurnChatModel(ChatModel delegate, TokenBudget budget) {
    this.delegate = delegate;
    this.budget = budget;
  }

  @Override
  public ChatResponse chat(ChatRequest original) {
    Turn turn = LlmEngine.CURRENT.get();
    if (turn == null) {
      return delegate.chat(original);
    }
    ChatRequest filled = fill(original, turn);
    long spent = turn.estimatedInput.get();
    long left = TokenBudget.PER_TURN - spent;
    long allowance = turn.calls.get() == 0 ? Math.min(TokenBudget.FIRST_CALL, left) : left;
    ChatRequest request = withoutOldHistory(filled, turn, turn.historyDropped);
    int tokens = budget.count(request);
    while (tokens > allowance && turn.historyDropped < turn.history.size()) {
      turn.historyDropped = nextExchange(turn.history, turn.historyDropped);
      request = withoutOldHistory(filled, turn, turn.historyDropped);
      tokens = budget.count(request);
    }
    if (tokens > left) {
      throw new TokenBudget.Exceeded(spent, tokens);
    }
    turn.calls.incrementAndGet();
    turn.estimatedInput.addAndGet(tokens);
    return delegate.chat(request);
  }

  /** Drops past the next message of the history, to where an exchange starts (history opens with the client). */
  private static int nextExchange(List<ChatMessage> history, int dropped) {
    int i = dropped + 1;
    while (i < history.size() && !(history.get(i) instanceof UserMessage)) {
      i++;
    }
    return i;
  }

  /**
   * The request without the first {@code drop} messages of the chat's history (they follow the
   * system message). Only messages that are the history's own are dropped: this turn's messages,
   * the client's words and tool results, always go.
   */
  private static ChatRequest withoutOldHistory(ChatRequest r, Turn turn, int drop) {
    if (drop == 0) {
      return r;
    }
    List<ChatMessage> in = r.messages();
    int start = !in.isEmpty() && in.get(0) instanceof SystemMessage ? 1 : 0;
    List<ChatMessage> history = turn.history;
    int n = 0;
    while (n < drop && start + n < in.size() && n < history.size() && in.get(start + n).equals(history.get(n))) {
      n++;
    }
    if (n == 0) {
      return r;
    }
    List<ChatMessage> out = new ArrayList<>(in.subList(0, start));
    out.addAll(in.subList(start + n, in.size()));
    return r.toBuilder().messages(out).build();
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
