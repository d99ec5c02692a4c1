package io.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.cli.Main;
import io.frontline.store.Database;
import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TestBot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly summary from a recorded test run: on the Monday after, the staff group gets the chart
 * (sendPhoto) and the week's figures, once; a restart neither posts the week again nor forgets it.
 */
class WeeklySummaryTest {

  private static final long STAFF = -1001234567890L;

  @TempDir Path dir;

  @Test
  void aRecordedWeekIsPostedOnceWithItsChart() throws Exception {
    Path data = dir.resolve("data");
    // The week of Monday 2026-11-16 (ISO week 47), in the company's time zone.
    Path scenarios =
        Files.writeString(
            dir.resolve("week.yaml"),
            """
            scenarios:
              - name: a week's conversation
                at: 2026-11-18T11:00
                turns:
                  - say: "How much is a 19 litre bottle of water?"
                    expect: {action: answer}
                  - say: "My cooler is broken, can you repair it?"
                    expect: {action: refer, partner: cooler-service}
                  - say: "Do you sell car tyres?"
                    expect: {action: decline}
            """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), Map.of("DATA_DIR", data.toString()))
            .run("test", "--record", "--knowledge", TestBot.KNOWLEDGE.toString(), scenarios.toString());
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();

    // Monday 2026-11-23 10:00 in Kyiv: the summary of week 47 is due. The clock runs on from there.
    ZonedDateTime monday = ZonedDateTime.parse("2026-11-23T10:00:00+02:00[Europe/Kyiv]");
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), monday.toInstant()));

    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_BOT_TOKEN", TestBot.TOKEN);
      env.put("TELEGRAM_API_URL", api.url().toString());
      env.put("DATA_DIR", data.toString());
      env.put("KNOWLEDGE_DIR", TestBot.KNOWLEDGE.toString());
      env.put("HEALTH_LISTEN", "off");
      env.put("KNOWLEDGE_WATCH", "off");
      env.put("STAFF_CHAT_ID", Long.toString(STAFF));
      Config config = Config.load(env, Optional.empty());
      try (Database db = Database.fromEnvironment(config.storeEnvironment(), clock)) {
        try (FrontlineService service = FrontlineService.start(config, db, TestBot.frontline(), TestBot.fast(), clock)) {
          assertThat(api.await(() -> !api.photos().isEmpty() && !api.sentTo(STAFF).isEmpty(), Duration.ofSeconds(60)))
              .as("chart and text in the staff group").isTrue();
          FakeBotApi.Photo chart = api.photos().get(0);
          assertThat(chart.chatId()).isEqualTo(STAFF);
          assertThat(chart.png()).as("a PNG was uploaded").isTrue();
          assertThat(chart.caption()).contains("2026-W47");
          String text = api.sentTo(STAFF).get(0).text();
          assertThat(text)
              .contains("Weekly summary, week 2026-W47")
              .contains("conversations: 1, messages: 3")
              .containsPattern("referrals by partner:\\n  cooler-service: 1")
              .contains("far-from-our-business: 1")
              .contains("car tyres");
          assertThat(db.jobs().lastPeriod(WeeklySummaryJob.JOB)).contains("2026-W47");
          assertThat(service.weeklySummary().orElseThrow().runOnce()).as("not due again this week").isEmpty();
        }
        // A restart on the same store: the week was posted, so nothing is posted again.
        try (FrontlineService again = FrontlineService.start(config, db, TestBot.frontline(), TestBot.fast(), clock)) {
          assertThat(again.weeklySummary().orElseThrow().runOnce()).isEmpty();
          assertThat(api.photos()).hasSize(1);
          assertThat(api.sentTo(STAFF)).hasSize(1);
        }
      }
    }
  }
}
