package io.frontline.llm;

/**
 * What the LLM engine has done since it started: a snapshot, cheap to take, for logs and for
 * metrics (a meter registry can bind each field as a function counter).
 *
 * @param turns client messages the LLM engine was asked about
 * @param modelAnswers replies written by the model that passed every check and were used
 * @param retries drafts refused by a check and asked again with the reason
 * @param ruleFallbacks messages the deterministic core answered because the model's second draft
 *     was refused too
 * @param timeouts ... because the per-turn deadline passed
 * @param rateLimited ... because the provider refused for rate or quota
 * @param errors ... because the provider failed otherwise (network, 5xx, bad key)
 * @param nonsense ... because the model's output could not be read as a decision
 * @param injections ... because the client's text tried to instruct the model
 * @param busy ... because the chat's previous model call was still running at the deadline
 * @param overBudget ... because the turn's next call would have taken it past its token budget
 * @param handledByRules messages the deterministic core answered by design (a person is needed,
 *     an answer to the bot's own question), without asking the model
 * @param inputTokens input tokens the provider reported, all turns together
 * @param outputTokens output tokens the provider reported
 */
public record LlmStats(
    long turns,
    long modelAnswers,
    long retries,
    long ruleFallbacks,
    long timeouts,
    long rateLimited,
    long errors,
    long nonsense,
    long injections,
    long busy,
    long overBudget,
    long handledByRules,
    long inputTokens,
    long outputTokens) {

  /** Every message the deterministic core answered instead of the model, whatever the cause. */
  public long fallbacks() {
    return ruleFallbacks + timeouts + rateLimited + errors + nonsense + injections + busy + overBudget;
  }
}
