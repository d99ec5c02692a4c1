package io.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** delivery.yaml and suggestions.yaml: optional, and every mistake in them named with file and line. */
class AftercareKnowledgeTest {

  static final String DELIVERY =
      """
      slots:
        mon-fri: "08:00-12:00, 16:00-20:00"
        sat: "09:00-15:00"
      lead_hours: 4
      offered: 3
      """;

  static final String SUGGESTIONS =
      """
      suggestions:
        - id: monthly-plan
          after_completed_orders: 3
          items: [water-19l]
          max_quantity: 10
          min_orders_per_month: 2
          order_item: water-19l
          text:
            en: "A monthly plan?"
          accepted:
            en: "Great."
      """;

  @TempDir Path tmp;
  KnowledgeFixture fx;

  @BeforeEach
  void fixture() {
    fx = KnowledgeFixture.in(tmp);
  }

  private static List<Problem> errors(LoadResult r) {
    return r.problems().stream().filter(Problem::isError).toList();
  }

  @Test
  void withoutTheFilesTheBotTakesNoOrdersAndSuggestsNothing() {
    Knowledge k = fx.load().orThrow();
    assertThat(k.delivery().isEmpty()).isTrue();
    assertThat(k.suggestions()).isEmpty();
  }

  @Test
  void validFilesLoad() {
    Knowledge k = fx.put("delivery.yaml", DELIVERY).put("suggestions.yaml", SUGGESTIONS).load().orThrow();
    assertThat(k.delivery().offered()).isEqualTo(3);
    assertThat(k.delivery().leadHours()).isEqualTo(4);
    assertThat(k.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.afterCompletedOrders()).isEqualTo(3);
      assertThat(s.maxQuantity()).contains(10);
      assertThat(s.orderItem()).contains("water-19l");
    });
  }

  @Test
  void aBadSlotIsReportedOnItsLine() {
    LoadResult r = fx.put("delivery.yaml", DELIVERY.replace("16:00-20:00", "20:00-16:00")).load();
    assertThat(errors(r)).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("delivery.yaml");
      assertThat(p.line()).isEqualTo(fx.lineOf("delivery.yaml", "mon-fri"));
      assertThat(p.message()).contains("20:00-16:00");
    });
  }

  @Test
  void aSuggestionAtTheFirstOrderIsAnError() {
    LoadResult r = fx.put("suggestions.yaml", SUGGESTIONS.replace("after_completed_orders: 3", "after_completed_orders: 0")).load();
    assertThat(errors(r)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(fx.lineOf("suggestions.yaml", "after_completed_orders"));
      assertThat(p.message()).contains("from 1");
    });
  }

  @Test
  void unknownItemsAndTopicsAreErrorsWithTheirLines() {
    LoadResult r = fx.put("suggestions.yaml", SUGGESTIONS
        .replace("items: [water-19l]", "items: [caviar]")
        .replace("order_item: water-19l", "topic: astrology")).load();
    assertThat(errors(r)).extracting(Problem::toString)
        .anyMatch(s -> s.contains("suggestions.yaml:" + fx.lineOf("suggestions.yaml", "items:")) && s.contains("unknown catalog item 'caviar'"))
        .anyMatch(s -> s.contains("suggestions.yaml:" + fx.lineOf("suggestions.yaml", "topic:")) && s.contains("unknown topic 'astrology'"));
  }
}
