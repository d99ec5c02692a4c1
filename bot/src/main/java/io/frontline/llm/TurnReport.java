package io.frontline.llm;

/**
 * How the LLM engine answered one message: for the scenario runner's figures and for logs.
 *
 * @param chat the chat
 * @param answeredBy who wrote the reply that was used: {@code model}, {@code model-retry} (the
 *     second draft), or {@code rules} (by design), or {@code fallback:<why>} (timeout, rate-limit,
 *     error, nonsense, refused, injection, busy)
 * @param calls model calls made (tool rounds and the retry included)
 * @param estimatedInputTokens input tokens those calls sent, counted with OpenAI's tokenizer
 * @param reportedInputTokens input tokens the provider reported (0 when it reports none)
 * @param reportedOutputTokens output tokens the provider reported
 * @param took from the message to the decision
 */
public record TurnReport(
    long chat,
    String answeredBy,
    int calls,
    long estimatedInputTokens,
    long reportedInputTokens,
    long reportedOutputTokens,
    java.time.Duration took) {

  public boolean byModel() {
    return answeredBy.startsWith("model");
  }
}
