package io.frontline.scenario;

import io.frontline.decision.Action;
import java.util.List;
import java.util.Optional;

/** What a scenario turn expects; every part is optional. */
public record Expect(
    Optional<Action> action,
    List<String> knowledge,
    Optional<String> partner,
    Optional<String> staff,
    Optional<String> language,
    List<String> contains,
    List<String> notContains) {

  public Expect {
    knowledge = List.copyOf(knowledge);
    contains = List.copyOf(contains);
    notContains = List.copyOf(notContains);
  }
}
