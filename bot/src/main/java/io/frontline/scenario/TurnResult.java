package io.frontline.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One turn as run: the JSON line `frontline test --json` prints. Field names are a contract. */
@JsonPropertyOrder({
  "scenario", "turn", "say", "action", "language", "knowledge", "partner", "staff", "reply", "passed", "failures"
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
    List<String> failures) {

  public TurnResult {
    knowledge = List.copyOf(knowledge);
    failures = List.copyOf(failures);
  }
}
