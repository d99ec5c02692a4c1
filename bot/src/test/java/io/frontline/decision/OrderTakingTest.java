package io.frontline.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import io.frontline.guard.Verdict;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.order.OrderDraft;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.relationship.Relationship;
import io.frontline.relationship.SuggestionAnswer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order flow and suggestions through the engine and the guards, turn by turn, with no store. */
class OrderTakingTest {

  /** Tuesday 2026-11-24, 11:00 in Uzhhorod. */
  static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");
  static final ClientInfo CLIENT = new ClientInfo(Optional.of(42L), Optional.empty(), Optional.of("Ann"), Optional.of("en"));

  static Frontline frontline;

  @BeforeAll
  static void load() {
    frontline = Frontline.load(Path.of("../knowledge"), Optional.of(Path.of("../prompts")));
  }

  /** A conversation: every turn through the engine and the guards, state carried along. */
  static final class Chat {
    ConversationState state = ConversationState.NEW;
    Relationship relationship = Relationship.NONE;
    final List<Decision> decisions = new ArrayList<>();

    Decision say(String text) {
      Decision d = frontline.engine().decide(new ClientMessage(text, CLIENT, AT, relationship), state);
      Verdict v = frontline.guards().check(d);
      assertThat(v.passed()).as("guards on %s: %s", d.reply(), v.reason()).isTrue();
      state = state.after(d);
      decisions.add(d);
      return d;
    }
  }

  static PastOrder done(long id, int quantity, int daysAgo) {
    Instant at = AT.minus(Duration.ofDays(daysAgo));
    return new PastOrder(id, "water-19l", quantity, BigDecimal.valueOf(quantity * 100L), Optional.of("Korzo 5"),
        new DeliverySlot(LocalDate.of(2026, 11, 1), LocalTime.of(8, 0), LocalTime.of(12, 0)), OrderStatus.DONE, at, at.plus(Duration.ofDays(1)), Optional.empty());
  }

  @Test
  void anOrderIsPlacedOnlyAfterTheClientConfirmsTheRepeatedOrder() {
    Chat chat = new Chat();
    chat.say("I'd like to order 10 bottles of water");
    assertThat(chat.state.order()).map(OrderDraft::stage).contains(OrderDraft.Stage.ADDRESS);
    chat.say("Korzo 5, flat 3");
    assertThat(chat.state.order().orElseThrow().offeredSlots()).hasSize(4);
    Decision summary = chat.say("2");
    // 10 x 90 (the listed bulk price): the total the guard recomputes from the catalog.
    assertThat(summary.reply()).contains("900 UAH").contains("90 UAH").contains("Wednesday 25.11, 08:00-12:00");
    assertThat(summary.aftercare().placed()).isEmpty();
    Decision placed = chat.say("yes");
    assertThat(placed.action()).isEqualTo(Action.ANSWER);
    var order = placed.aftercare().placed().orElseThrow();
    assertThat(order.quote().total()).isEqualByComparingTo("900");
    assertThat(order.address()).isEqualTo("Korzo 5, flat 3");
    assertThat(order.slot().date()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(order.handler()).isEqualTo(placed.staff().orElseThrow());
    assertThat(chat.state.order()).isEmpty();
  }

  @Test
  void noOtherTotalPassesThePriceGuard() {
    Chat chat = new Chat();
    chat.say("I'd like to order 3 bottles of water");
    chat.say("Korzo 5");
    Decision summary = chat.say("1");
    assertThat(summary.reply()).contains("300 UAH");
    Decision forged = summary.withReply(summary.reply().replace("300 UAH", "310 UAH"));
    assertThat(frontline.guards().check(forged).passed()).isFalse();
  }

  @Test
  void aBadAnswerIsAskedAgainAndNothingIsLost() {
    Chat chat = new Chat();
    chat.say("I want to order");
    chat.say("water");
    Decision again = chat.say("lots");
    assertThat(again.reply()).contains("How many");
    assertThat(chat.state.order()).map(OrderDraft::stage).contains(OrderDraft.Stage.QUANTITY);
    chat.say("4");
    chat.say("Korzo 5");
    Decision slot = chat.say("9");
    assertThat(slot.reply()).contains("1)");
    assertThat(chat.state.order()).map(OrderDraft::stage).contains(OrderDraft.Stage.SLOT);
  }

  @Test
  void aLargeQuantityGoesToAPersonAsBefore() {
    Chat chat = new Chat();
    chat.say("I want to order water");
    Decision d = chat.say("60");
    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.topic()).contains("orders");
  }

  @Test
  void anUnavailableItemIsSaidHonestlyWithItsAlternative() {
    Chat chat = new Chat();
    Decision d = chat.say("I want to order 2 small bottles of 6 l water");
    assertThat(d.reply()).contains("isn't available");
    assertThat(d.aftercare().placed()).isEmpty();
  }

  @Test
  void theFirstOrderNeverBringsASuggestion() {
    Chat chat = new Chat();
    chat.say("I'd like to order 3 bottles of water");
    chat.say("Korzo 5");
    chat.say("1");
    assertThat(chat.say("yes").aftercare().offered()).isEmpty();
    assertThat(chat.say("Thank you!").aftercare().offered()).isEmpty();
  }

  @Test
  void atMostOneSuggestionPerConversation() {
    Chat chat = new Chat();
    chat.relationship = new Relationship(List.of(done(1, 8, 3), done(2, 8, 12), done(3, 8, 20), done(4, 8, 25)), List.of());
    assertThat(chat.say("Thank you!").aftercare().offered()).contains("monthly-plan");
    chat.say("What payment methods do you accept?");
    assertThat(chat.say("Thanks, bye").aftercare().offered()).isEmpty();
  }

  @Test
  void aNoIsRecordedAndAYesStartsTheOrder() {
    Chat chat = new Chat();
    chat.relationship = new Relationship(List.of(done(1, 8, 3), done(2, 8, 12), done(3, 8, 20)), List.of());
    chat.say("Thanks!");
    Decision no = chat.say("no thanks");
    assertThat(no.aftercare().declined()).contains("monthly-plan");

    Chat other = new Chat();
    other.relationship = chat.relationship;
    other.say("Thanks!");
    Decision yes = other.say("yes");
    assertThat(yes.aftercare().accepted()).contains("monthly-plan");
    assertThat(other.state.order().flatMap(OrderDraft::item)).contains("monthly-plan");
  }

  @Test
  void aRememberedNoIsNotAskedAgain() {
    Chat chat = new Chat();
    chat.relationship = new Relationship(List.of(done(1, 8, 3), done(2, 8, 12), done(3, 8, 20)),
        List.of(new SuggestionAnswer("monthly-plan", AT.minus(Duration.ofDays(100)), Optional.of(false))));
    assertThat(chat.say("Thanks!").aftercare().offered()).isEmpty();
  }

  @Test
  void noSuggestionAfterAComplaintInTheConversation() {
    Chat chat = new Chat();
    chat.relationship = new Relationship(List.of(done(1, 8, 30), done(2, 8, 22), done(3, 8, 20)), List.of());
    assertThat(chat.say("I want to complain, the courier was rude").action()).isEqualTo(Action.ESCALATE);
    assertThat(chat.say("Thanks").aftercare().offered()).isEmpty();
  }

  @Test
  void aProblemWithARecentOrderCarriesTheOrder() {
    Chat chat = new Chat();
    chat.relationship = new Relationship(List.of(done(7, 4, 2)), List.of());
    Decision d = chat.say("A bottle was missing from my delivery");
    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.aftercare().problemWith()).contains(7L);
    assertThat(d.reason()).contains("order 7");
    assertThat(d.reply()).contains("4 × Drinking water");
  }

  @Test
  void aLateOrderIsAProblemNotAStatus() {
    Chat chat = new Chat();
    Instant placed = AT.minus(Duration.ofDays(2));
    PastOrder late = new PastOrder(9, "water-19l", 2, new BigDecimal("200"), Optional.of("Korzo 5"),
        new DeliverySlot(LocalDate.of(2026, 11, 23), LocalTime.of(8, 0), LocalTime.of(12, 0)), OrderStatus.PLACED, placed, placed, Optional.empty());
    chat.relationship = new Relationship(List.of(late), List.of());
    Decision d = chat.say("Where is my order?");
    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.aftercare().problemWith()).contains(9L);
  }
}
