package io.frontline.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What one client message may cost in input tokens, and how a turn spends it. Everything a turn
 * sends counts (all calls: the first, each tool round, the retry), as OpenAI's o200k tokenizer
 * counts it, the same count {@code frontline test --llm} reports. A call that would take the turn
 * past {@link #PER_TURN} is never sent: the deterministic core answers instead (fallback
 * "budget"), so the budget holds for every turn by construction, not on average.
 *
 * <p>The allowances leave room for what a turn usually needs after its first call: the first call
 * is kept to {@link #FIRST_CALL} (older history is dropped first) so a search round still fits,
 * and the facts to {@link #FACTS} so there is history left to keep.
 */
public final class TokenBudget {

  /** Input tokens one client message may cost, all model calls of its turn together (issue 6). */
  public static final int PER_TURN = 2_500;
  /**
   * The first call's allowance: about half the budget, so the second call (the first again, plus
   * the tool call and its result) fits in what is left.
   */
  static final int FIRST_CALL = 1_150;
  /** The knowledge cards in one prompt (the first call's facts, the retry's cards). */
  static final int FACTS = 450;

  private final TokenCountEstimator estimator;

  TokenBudget(TokenCountEstimator estimator) {
    this.estimator = estimator;
  }

  /** Everything the request sends: its messages and its tool definitions. */
  int count(ChatRequest request) {
    int tokens = estimator.estimateTokenCountInMessages(request.messages());
    if (request.toolSpecifications() != null) {
      for (ToolSpecification t : request.toolSpecifications()) {
        // The definition as a provider sends it: name, description, JSON schema of the arguments.
        tokens += estimator.estimateTokenCountInText(t.name() + " " + t.description() + " " + t.parameters());
      }
    }
    return tokens;
  }

  /** The leading cards whose rendering fits {@code allowance} tokens (the best come first). */
  List<KnowledgeCards.Card> fit(List<KnowledgeCards.Card> cards, int allowance) {
    List<KnowledgeCards.Card> kept = new ArrayList<>();
    for (KnowledgeCards.Card c : cards) {
      kept.add(c);
      if (estimator.estimateTokenCountInText(KnowledgeCards.render(kept)) > allowance) {
        kept.remove(kept.size() - 1);
        break;
      }
    }
    return kept;
  }

  /** A call was not sent: it would have taken the turn past {@link #PER_TURN}. */
  static final class Exceeded extends RuntimeException {
    Exceeded(long spent, int call) {
      super("the next call (" + call + " tokens) would take the turn past its budget of " + PER_TURN
          + " input tokens (" + spent + " spent)");
    }
  }
}
