package io.frontline.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.DeliverySlot;
import io.frontline.knowledge.LocalizedText;
import io.frontline.knowledge.Suggestion;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a suggestion is welcome: the company's rule, and the manners around it. */
class SuggestionRulesTest {

  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final Suggestion PLAN =
      new Suggestion("monthly-plan", 3, List.of("water-19l"), Optional.of(10), Optional.of(2),
          LocalizedText.of("en", "Monthly plan?"), LocalizedText.of("en", "Great"), Optional.of("monthly-plan"), Optional.empty());
  static final Suggestion OFFICE =
      new Suggestion("friends-office", 4, List.of(), Optional.empty(), Optional.empty(),
          LocalizedText.of("en", "Office?"), LocalizedText.of("en", "Thanks"), Optional.empty(), Optional.of("corporate"));
  static final SuggestionRules RULES = new SuggestionRules(List.of(PLAN, OFFICE));

  static PastOrder order(long id, int quantity, int daysAgo, OrderStatus status) {
    Instant at = NOW.minus(Duration.ofDays(daysAgo));
    return new PastOrder(id, "water-19l", quantity, BigDecimal.valueOf(quantity * 100L), Optional.of("Korzo 5"),
        new DeliverySlot(LocalDate.of(2026, 11, 1), LocalTime.of(8, 0), LocalTime.of(12, 0)), status, at, at, Optional.empty());
  }

  static Relationship regular(int completed) {
    List<PastOrder> orders = new ArrayList<>();
    for (int i = 0; i < completed; i++) {
      orders.add(order(i + 1, 8, 3 + i * 9, OrderStatus.DONE));
    }
    return new Relationship(orders, List.of());
  }

  @Test
  void neverForAClientWithoutACompletedOrder() {
    assertThat(RULES.pick(Relationship.NONE, NOW)).isEmpty();
    Relationship firstOrderOpen = new Relationship(List.of(order(1, 8, 0, OrderStatus.PLACED)), List.of());
    assertThat(RULES.pick(firstOrderOpen, NOW)).isEmpty();
  }

  @Test
  void afterTheThirdCompletedOrderOfTenOrFewerTwiceAMonthTheMonthlyPlan() {
    assertThat(RULES.pick(regular(2), NOW)).isEmpty();
    assertThat(RULES.pick(regular(3), NOW)).contains(PLAN);
  }

  @Test
  void largerOrdersOrRareOnesDoNotFitTheMonthlyPlan() {
    Relationship large = new Relationship(
        List.of(order(1, 12, 3, OrderStatus.DONE), order(2, 12, 12, OrderStatus.DONE), order(3, 12, 21, OrderStatus.DONE)), List.of());
    assertThat(RULES.pick(large, NOW)).isEmpty();
    Relationship rare = new Relationship(
        List.of(order(1, 8, 3, OrderStatus.DONE), order(2, 8, 40, OrderStatus.DONE), order(3, 8, 80, OrderStatus.DONE)), List.of());
    assertThat(RULES.pick(rare, NOW)).isEmpty();
  }

  @Test
  void aNoIsRememberedForEverAndOtherSuggestionsMayStillCome() {
    Relationship declined =
        new Relationship(regular(4).orders(), List.of(new SuggestionAnswer("monthly-plan", NOW.minus(Duration.ofDays(300)), Optional.of(false))));
    assertThat(RULES.pick(declined, NOW)).contains(OFFICE);
    Relationship both = new Relationship(declined.orders(), List.of(
        new SuggestionAnswer("monthly-plan", NOW.minus(Duration.ofDays(300)), Optional.of(false)),
        new SuggestionAnswer("friends-office", NOW.minus(Duration.ofDays(200)), Optional.of(false))));
    assertThat(RULES.pick(both, NOW)).isEmpty();
  }

  @Test
  void anUnansweredOfferWaitsAMonthBeforeItMayComeAgain() {
    Relationship recent = new Relationship(regular(3).orders(), List.of(new SuggestionAnswer("monthly-plan", NOW.minus(Duration.ofDays(5)), Optional.empty())));
    assertThat(RULES.pick(recent, NOW)).isEmpty();
    Relationship old = new Relationship(regular(3).orders(), List.of(new SuggestionAnswer("monthly-plan", NOW.minus(Duration.ofDays(40)), Optional.empty())));
    assertThat(RULES.pick(old, NOW)).contains(PLAN);
  }

  @Test
  void aYesIsNotAskedAgainEither() {
    Relationship accepted = new Relationship(regular(3).orders(), List.of(new SuggestionAnswer("monthly-plan", NOW.minus(Duration.ofDays(90)), Optional.of(true))));
    assertThat(RULES.pick(accepted, NOW)).isEmpty();
  }

  @Test
  void notSoonAfterAComplaintAboutAnOrder() {
    List<PastOrder> orders = new ArrayList<>(regular(3).orders());
    PastOrder o = orders.remove(0);
    orders.add(new PastOrder(o.id(), o.item(), o.quantity(), o.total(), o.address(), o.slot(), o.status(), o.placedAt(), o.updatedAt(),
        Optional.of(NOW.minus(Duration.ofDays(3)))));
    assertThat(RULES.pick(new Relationship(orders, List.of()), NOW)).isEmpty();
  }
}
