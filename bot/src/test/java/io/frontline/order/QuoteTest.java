package io.frontline.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Totals come from the catalog alone: the item price, or a listed discount the quantity reaches. */
class QuoteTest {

  static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.load(Path.of("../knowledge")).orThrow();
  }

  @Test
  void belowTheBulkQuantityTheListPriceApplies() {
    Quote q = Quote.of(knowledge.catalog(), "water-19l", 9).orElseThrow();
    assertThat(q.unitPrice()).isEqualByComparingTo("100");
    assertThat(q.discount()).isEmpty();
    assertThat(q.total()).isEqualByComparingTo("900");
  }

  @Test
  void fromTenBottlesTheListedDiscountApplies() {
    Quote q = Quote.of(knowledge.catalog(), "water-19l", 10).orElseThrow();
    assertThat(q.unitPrice()).isEqualByComparingTo("90");
    assertThat(q.discount()).contains("bulk-10");
    assertThat(q.total()).isEqualByComparingTo(new BigDecimal("900"));
  }

  @Test
  void anItemWithoutDiscountsNeverGetsOne() {
    Quote q = Quote.of(knowledge.catalog(), "water-19l-mineral", 40).orElseThrow();
    assertThat(q.unitPrice()).isEqualByComparingTo("120");
    assertThat(q.total()).isEqualByComparingTo("4800");
  }

  @Test
  void unknownItemsAndNonPositiveQuantitiesHaveNoQuote() {
    assertThat(Quote.of(knowledge.catalog(), "caviar", 1)).isEmpty();
    assertThat(Quote.of(knowledge.catalog(), "water-19l", 0)).isEmpty();
    assertThat(Quote.of(knowledge.catalog(), "water-19l", -3)).isEmpty();
  }

  @Test
  void theSampleScheduleOffersSlotsAtLeastFourHoursAhead() {
    var slots = knowledge.delivery().upcoming(java.time.LocalDateTime.of(2026, 11, 24, 12, 30));
    // 16:00 is only 3.5 hours away: the first slot is Wednesday morning.
    assertThat(slots).hasSize(4);
    assertThat(slots.get(0).date()).isEqualTo(java.time.LocalDate.of(2026, 11, 25));
    assertThat(slots.get(0).hours()).isEqualTo("08:00-12:00");
    // Saturday has one slot, Sunday none.
    var weekend = knowledge.delivery().upcoming(java.time.LocalDateTime.of(2026, 11, 27, 18, 0));
    assertThat(weekend.get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
    assertThat(weekend.get(1).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
  }
}
