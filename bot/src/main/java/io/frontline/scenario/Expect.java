package io.frontline.scenario;

import io.frontline.decision.Action;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario turn expects; every part is optional.
 *
 * @param order what the turn does with orders: {@code placed}, {@code problem} (a problem reported
 *     with a past order) or {@code none}
 * @param suggestion the suggestion the reply makes, or {@code none}
 */
public record Expect(
    Optional<Action> action,
    List<String> knowledge,
    Optional<String> partner,
    Optional<String> staff,
    Optional<String> language,
    List<String> contains,
    List<String> notContains,
    Optional<String> order,
    Optional<String> suggestion) {

  public Expect {
    knowledge = List.copyOf(knowledge);
    contains = List.copyOf(contains);
    notContains = List.copyOf(notContains);
  }

  public Expect(
      Optional<Action> action, List<String> knowledge, Optional<String> partner, Optional<String> staff,
      Optional<String> language, List<String> contains, List<String> notContains) {
    this(action, knowledge, partner, staff, language, contains, notContains, Optional.empty(), Optional.empty());
  }
}
