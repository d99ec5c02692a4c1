package io.frontline.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One turn as run: the JSON line `frontline test --json` prints. Field names are a contract; the
 * last four were added for LLM mode: which run of the scenario ({@code --repeat}), who wrote the
 * reply ({@code deterministic}, or the LLM engine's {@code model}, {@code model-retry},
 * {@code rules}, {@code fallback:<why>}), how many model calls, and how many input tokens they
 * sent (OpenAI's tokenizer; 0 without a model).
 */
@JsonPropertyOrder({
  "scenario", "turn", "say", "action", "language", "knowledge", "partner", "staff", "reply", "passed", "failures",
  "run", "answered_by", "model_calls", "input_tokens"
})
public record TurnResult(
    String scenario,
    int turn,
    String say,
    String action,
    String language,
    List<String> knowledge,
    String partner,
    String staff,
    String reply,
    boolean passed,
    List<String> failures,
    int run,
    @JsonProperty("answered_by") String answeredBy,
    @JsonProperty("model_calls") int modelCalls,
    @JsonProperty("input_tokens") long inputTokens) {

  public TurnResult {
    knowledge = List.copyOf(knowledge);
    failures = List.copyOf(failures);
  }

  /** A turn the deterministic core answered, in a single run. */
  public TurnResult(
      String scenario, int turn, String say, String action, String language, List<String> knowledge, String partner,
      String staff, String reply, boolean passed, List<String> failures) {
    this(scenario, turn, say, action, language, knowledge, partner, staff, reply, passed, failures, 1, "deterministic", 0, 0);
  }
}
