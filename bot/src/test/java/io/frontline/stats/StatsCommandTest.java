package io.frontline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded test run shows up in {@code frontline stats}: referrals by partner, accepted warm
 * leads, refusals by situation and contact sources, read back from a real SQLite store.
 */
class StatsCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new Main(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env)
            .run(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aRecordedRunShowsReferralsLeadsRefusalsAndContactSources(@TempDir Path dir) throws Exception {
    Path scenarios = dir.resolve("run.yaml");
    // A time inside the last day, so --since 7d includes it whatever day the suite runs.
    String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Uzhgorod")).minusHours(1).withNano(0).toString();
    Files.writeString(
        scenarios,
        """
        scenarios:
          - name: cooler repair, passed on, then how they heard of us
            at: %s
            turns:
              - say: "Hello"
              - say: "My cooler is broken, can you repair it?"
                expect: {action: refer, partner: cooler-service}
              - say: "yes please"
              - say: "Do you sell car tyres?"
                expect: {action: decline}
              - say: "a friend told me"
        """
            .formatted(at));
    Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
    Run test = run(env, "test", "--record", "--knowledge", "../knowledge", scenarios.toString());
    assertThat(test.exit()).as(test.out() + test.err()).isZero();

    Run stats = run(env, "stats", "--knowledge", "../knowledge", "--since", "7d");
    assertThat(stats.exit()).as(stats.err()).isZero();
    assertThat(stats.out())
        .contains("conversations: 1, messages: 5")
        .containsPattern("referrals by partner:\\n  cooler-service: 1")
        .containsPattern("\\(client agreed\\):\\n  cooler-service: 1")
        .contains("far-from-our-business: 1")
        .contains("near-not-our-specialty: 1")
        .containsPattern("contact sources:\\n  friend: 1")
        .contains("car tyres")
        .contains("messages not delivered: 0 (to clients who blocked the bot: 0; other: 0)")
        .contains("updates rejected as unreadable: 0");

    // The same figures as data: JSON for dashboards, CSV for spreadsheets.
    Run json = run(env, "stats", "--knowledge", "../knowledge", "--since", "7d", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.get("conversations").asInt()).isEqualTo(1);
    assertThat(tree.get("messages").asInt()).isEqualTo(5);
    assertThat(tree.at("/referrals_by_partner/cooler-service").asInt()).isEqualTo(1);
    assertThat(tree.at("/contact_sources/friend").asInt()).isEqualTo(1);
    assertThat(tree.at("/not_delivered/other").asInt()).isZero();

    Run csv = run(env, "stats", "--knowledge", "../knowledge", "--since", "7d", "--csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out().lines())
        .first().isEqualTo("section,name,value");
    assertThat(csv.out().lines()).contains("conversations,,1", "referrals_by_partner,cooler-service,1", "contact_sources,friend,1");
  }

  @Test
  void jsonAndCsvTogetherIsAUsageError(@TempDir Path dir) {
    Run stats = run(Map.of("DATA_DIR", dir.toString()), "stats", "--knowledge", "../knowledge", "--json", "--csv");
    assertThat(stats.exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void ordersAndSuggestionsOfARecordedRunAreCounted(@TempDir Path dir) throws Exception {
    Path scenarios = dir.resolve("run.yaml");
    String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Uzhgorod")).minusHours(1).withNano(0).toString();
    Files.writeString(
        scenarios,
        """
        scenarios:
          - name: a regular client orders and declines the monthly plan
            at: %s
            history:
              orders:
                - {item: water-19l, quantity: 8, status: done, days_ago: 25, address: "Korzo 5"}
                - {item: water-19l, quantity: 8, status: done, days_ago: 12, address: "Korzo 5"}
                - {item: water-19l, quantity: 8, status: done, days_ago: 2, address: "Korzo 5"}
            turns:
              - say: "I'd like to order 8 bottles of water"
              - say: "yes"
              - say: "1"
              - say: "yes"
                expect: {order: placed, suggestion: monthly-plan}
              - say: "no, thanks"
          - name: another one says yes
            at: %s
            history:
              orders:
                - {item: water-19l, quantity: 8, status: done, days_ago: 25}
                - {item: water-19l, quantity: 8, status: done, days_ago: 12}
                - {item: water-19l, quantity: 8, status: done, days_ago: 2}
            turns:
              - say: "Thank you!"
                expect: {suggestion: monthly-plan}
              - say: "yes"
        """
            .formatted(at, at));
    Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
    Run test = run(env, "test", "--record", "--knowledge", "../knowledge", scenarios.toString());
    assertThat(test.exit()).as(test.out() + test.err()).isZero();

    Run stats = run(env, "stats", "--knowledge", "../knowledge", "--since", "7d");
    assertThat(stats.exit()).as(stats.err()).isZero();
    assertThat(stats.out())
        .contains("orders taken in the chat: 1 (delivered 0, cancelled 0, open 1; a problem reported with 0)")
        .containsPattern("suggestions \\(offered / accepted / declined\\):\\n  monthly-plan: 2 / 1 / 1");
  }

  @Test
  void aBadPeriodIsAUsageError(@TempDir Path dir) {
    Run stats = run(Map.of("DATA_DIR", dir.toString()), "stats", "--knowledge", "../knowledge", "--since", "a week");
    assertThat(stats.exit()).isEqualTo(Main.USAGE);
    assertThat(stats.err()).contains("7d");
  }

  /** Issue 16: stats after recording older scenarios showed nothing and did not say why. */
  @Test
  void anEmptyWindowSaysWhereTheDataIs(@TempDir Path dir) throws Exception {
    Path scenarios = dir.resolve("old.yaml");
    String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Uzhgorod")).minusDays(40).withNano(0).toString();
    Files.writeString(scenarios, """
        scenarios:
          - name: an old conversation
            at: %s
            turns:
              - say: "Hello"
        """.formatted(at));
    Map<String, String> env = Map.of("DATA_DIR", dir.resolve("data").toString());
    assertThat(run(env, "test", "--record", "--knowledge", "../knowledge", scenarios.toString()).exit()).isZero();

    Run stats = run(env, "stats", "--knowledge", "../knowledge", "--since", "7d");
    assertThat(stats.exit()).isZero();
    assertThat(stats.err()).contains("no conversations in the last 7d").containsPattern("try --since 4[01]d");
    assertThat(stats.out()).containsPattern("Frontline statistics \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\.\\. ");

    Run empty = run(Map.of("DATA_DIR", dir.resolve("none").toString()), "stats", "--knowledge", "../knowledge");
    assertThat(empty.err()).contains("no conversations yet");
  }
}
