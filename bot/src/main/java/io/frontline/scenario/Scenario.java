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
public record Scenario(String name, ClientInfo client, Optional<LocalDateTime> at, List<Turn> turns, History history) {

  public Scenario {
    turns = List.copyOf(turns);
    history = history == null ? History.NONE : history;
  }

  public Scenario(String name, ClientInfo client, Optional<LocalDateTime> at, List<Turn> turns) {
    this(name, client, at, turns, History.NONE);
  }

  /**
   * What the client and the company went through before the scenario: past orders and answers to
   * suggestions, so scenarios can show the bot at the 4th order as well as at the first.
   */
  public record History(List<PastOrder> orders, List<String> declined) {
    public static final History NONE = new History(List.of(), List.of());

    public History {
      orders = List.copyOf(orders);
      declined = List.copyOf(declined);
    }
  }

  /** An order in the client's history, placed {@code daysAgo} days before the scenario. */
  public record PastOrder(String item, int quantity, String status, int daysAgo, Optional<String> address) {}

  /** One client message and what the bot must do with it. */
  public record Turn(String say, Expect expect) {}
}
