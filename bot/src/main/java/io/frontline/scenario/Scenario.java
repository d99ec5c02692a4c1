package io.frontline.scenario;

import io.frontline.decision.ClientInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A conversation to replay: turns share one conversation.
 *
 * @param at the local time (company time zone) the conversation happens; fixed so that staff
 *     hours, and therefore who takes over, do not depend on when the tests run
 */
public record Scenario(String name, ClientInfo client, Optional<LocalDateTime> at, List<Turn> turns) {

  public Scenario {
    turns = List.copyOf(turns);
  }

  /** One client message and what the bot must do with it. */
  public record Turn(String say, Expect expect) {}
}
