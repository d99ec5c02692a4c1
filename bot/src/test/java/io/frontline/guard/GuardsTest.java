package io.frontline.guard;

import static io.frontline.guard.GuardFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardsTest {

  private final Knowledge k = GuardFixtures.aquaVita();

  @Test
  void passesWhenEveryGuardPasses() {
    Guards all = new Guards(List.of(NeverBounceGuard.withBuiltInPatterns(k), new PriceGuard(k)));

    assertThat(all.check(answer("en", "A 19 L bottle is 100 UAH."))).isEqualTo(Verdict.PASS);
  }

  @Test
  void theFirstRefusalWinsAndLaterGuardsAreNotAsked() {
    List<String> asked = new ArrayList<>();
    ReplyGuard bounce = d -> { asked.add("bounce"); return NeverBounceGuard.withBuiltInPatterns(k).check(d); };
    ReplyGuard price = d -> { asked.add("price"); return new PriceGuard(k).check(d); };
    Guards all = new Guards(List.of(bounce, price));

    Verdict v = all.check(answer("en", "Only 95 UAH, call our office to order."));
    assertThat(v.passed()).isFalse();
    assertThat(v.guard()).isEqualTo(NeverBounceGuard.NAME);
    assertThat(asked).containsExactly("bounce");

    asked.clear();
    Verdict p = all.check(answer("en", "Only 95 UAH for you."));
    assertThat(p.guard()).isEqualTo(PriceGuard.NAME);
    assertThat(asked).containsExactly("bounce", "price");
  }

  @Test
  void noGuardsPassEverything() {
    assertThat(new Guards(List.of()).check(answer("en", "Call our office, 95 UAH."))).isEqualTo(Verdict.PASS);
  }
}
