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
 * @param topic the staff topic a hand-over is routed by ({@code equipment}, {@code billing} …)
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
    Optional<String> suggestion,
    Optional<String> topic) {

  /** Nothing expected: a turn that only sets the conversation up, and does not count in a pass share. */
  public static final Expect NOTHING =
      new Expect(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

  public Expect {
    knowledge = List.copyOf(knowledge);
    contains = List.copyOf(contains);
    notContains = List.copyOf(notContains);
  }

  public Expect(
      Optional<Action> action, List<String> knowledge, Optional<String> partner, Optional<String> staff,
      Optional<String> language, List<String> contains, List<String> notContains) {
    this(action, knowledge, partner, staff, language, contains, notContains, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean isNothing() {
    return equals(NOTHING);
  }
}
