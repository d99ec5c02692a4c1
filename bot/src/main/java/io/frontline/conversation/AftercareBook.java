package io.frontline.conversation;

import io.frontline.decision.Decision;
import java.time.Instant;
import java.util.Optional;

/**
 * Where what happens after the sale is kept: orders, problems reported with them, suggestions made
 * and answered. Read before each decision ({@link Relationships}); written by the caller after it,
 * in the same step as the decision log, so a decision and what it did are kept together.
 */
public interface AftercareBook extends Relationships {

  /**
   * Records the decision's {@link io.frontline.decision.Aftercare}.
   *
   * @return the number of the order it placed, if it placed one
   */
  Optional<Long> record(ChatId chat, Decision decision, Instant at);
}
