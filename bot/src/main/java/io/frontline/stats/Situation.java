package io.frontline.stats;

import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import java.util.Locale;
import java.util.Optional;

/**
 * The three situations in which the client policy says no: the request is far from our business,
 * near it but not our specialty (a partner does it), or our business but not possible now.
 */
public enum Situation {
  FAR_FROM_OUR_BUSINESS,
  NEAR_NOT_OUR_SPECIALTY,
  OURS_BUT_NOT_NOW;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The refusal situation of a decision, if it is a refusal at all. */
  public static Optional<Situation> of(Decision d, Knowledge knowledge) {
    if (d.action() == Action.DECLINE) {
      return Optional.of(FAR_FROM_OUR_BUSINESS);
    }
    if (d.action() == Action.REFER) {
      return Optional.of(NEAR_NOT_OUR_SPECIALTY);
    }
    if (d.action() == Action.ANSWER
        && d.knowledgeIds().stream()
            .map(id -> knowledge.catalog().item(id))
            .flatMap(Optional::stream)
            .anyMatch(i -> !i.available())) {
      return Optional.of(OURS_BUT_NOT_NOW);
    }
    return Optional.empty();
  }

}
