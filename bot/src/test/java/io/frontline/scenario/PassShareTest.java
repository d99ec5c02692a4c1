package io.frontline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.decision.Action;
import io.frontline.decision.ClientInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassShareTest {

  private static final ClientInfo CLIENT = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("en"));
  private static final Expect ANSWER =
      new Expect(Optional.of(Action.ANSWER), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

  /** A scenario whose turns expect something, except those listed as setup (1-based). */
  private static Scenario scenario(int turns, int... setup) {
    List<Scenario.Turn> list = new ArrayList<>();
    for (int i = 1; i <= turns; i++) {
      final int n = i;
      boolean isSetup = java.util.Arrays.stream(setup).anyMatch(s -> s == n);
      list.add(new Scenario.Turn("message " + i, isSetup ? Expect.NOTHING : ANSWER));
    }
    return new Scenario("s", CLIENT, Optional.empty(), list);
  }

  /** Results of turns 1..n, passed as given. */
  private static List<TurnResult> results(boolean... passed) {
    List<TurnResult> out = new ArrayList<>();
    for (int i = 0; i < passed.length; i++) {
      out.add(new TurnResult("s", i + 1, "message " + (i + 1), "answer", "en", List.of(), "", "", "reply", passed[i],
          passed[i] ? List.of() : List.of("failed")));
    }
    return out;
  }

  @Test
  void setupTurnsAreNotCounted() {
    PassShare shares = new PassShare();
    shares.add("intents en yes", scenario(2, 1), results(false, true));

    assertThat(shares.rows()).containsExactly(new PassShare.Row("intents en yes", 1, 1));
    assertThat(shares.rows().get(0).share()).isEqualTo(1.0);
  }

  @Test
  void runsOfOneSetAddUpAndSetsKeepTheirOrder() {
    PassShare shares = new PassShare();
    shares.add("velomaster", scenario(3), results(true, false, true));
    shares.add("intents en refund", scenario(1), results(false));
    shares.add("velomaster", scenario(2), results(true, true));

    assertThat(shares.rows())
        .containsExactly(new PassShare.Row("velomaster", 5, 4), new PassShare.Row("intents en refund", 1, 0));
    assertThat(shares.rows().get(0).share()).isCloseTo(0.8, within(1e-9));
    assertThat(shares.rows().get(1).share()).isEqualTo(0.0);
  }

  @Test
  void aSetWithOnlySetupTurnsCountsAsAllPassed() {
    PassShare shares = new PassShare();
    shares.add("setup only", scenario(2, 1, 2), results(false, false));

    assertThat(shares.rows()).containsExactly(new PassShare.Row("setup only", 0, 0));
    assertThat(shares.rows().get(0).share()).isEqualTo(1.0);
  }

  @Test
  void noResultsNoRows() {
    assertThat(new PassShare().rows()).isEmpty();
    assertThat(new PassShare().table().lines().toList()).containsExactly("set  turns passed   share");
  }

  @Test
  void tableIsFixedWidthWithOneDecimalPercent() {
    PassShare shares = new PassShare();
    shares.add("intents en haggling", scenario(3), results(true, false, true));
    shares.add("salon", scenario(1), results(true));

    assertThat(shares.table().lines().toList())
        .containsExactly(
            "set                  turns passed   share",
            "intents en haggling      3      2   66.7%",
            "salon                    1      1  100.0%");
  }

  @Test
  void rowShare() {
    assertThat(new PassShare.Row("x", 3, 1).share()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(new PassShare.Row("x", 0, 0).share()).isEqualTo(1.0);
  }
}
