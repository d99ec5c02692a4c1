package io.frontline.app;

import io.frontline.testing.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.store.Database;
import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TelegramBot;
import io.frontline.telegram.TestBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the staff group: {@code /reload} from a listed person reloads the knowledge on demand, a
 * broken change is refused there with file:line while clients keep getting answers, and a person's
 * first reply to a handed-over client shows in /metrics as time to first reply.
 */
class StaffReloadTest {

  static final long STAFF = -1001234567L;
  static final long CLIENT = 7001;
  static final long ANNA = 100000001; // knowledge/staff.yaml
  static final Instant TUESDAY_10 = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneId.of("Europe/Uzhgorod")).toInstant();
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static void await(FakeBotApi api, String what, BooleanSupplier condition) throws InterruptedException {
    assertThat(api.await(condition, WAIT)).as(what + "; sent: " + api.sent()).isTrue();
  }

  private static boolean groupGot(FakeBotApi api, String... parts) {
    return api.sentTo(STAFF).stream().anyMatch(m -> Stream.of(parts).allMatch(p -> m.text().contains(p)));
  }

  @Test
  void reloadOnDemandRefusesABrokenChangeInTheGroupAndFirstRepliesAreTimed() throws Exception {
    Path knowledge = dir.resolve("knowledge");
    Folders.copy(TestBot.KNOWLEDGE, knowledge);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), TUESDAY_10));
    TelegramBot.Tuning tuning = TestBot.fast().withLimits(100, 50, Duration.ofMillis(5), 50, Duration.ofMillis(5), 8);
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Config config =
          Config.load(
              Map.of(
                  "TELEGRAM_BOT_TOKEN", TestBot.TOKEN,
                  "TELEGRAM_API_URL", api.url().toString(),
                  "DATA_DIR", dir.resolve("data").toString(),
                  "KNOWLEDGE_DIR", knowledge.toString(),
                  "STAFF_CHAT_ID", Long.toString(STAFF),
                  "HEALTH_LISTEN", "off",
                  "KNOWLEDGE_WATCH", "off"),
              Optional.empty());
      try (Database db = Database.fromEnvironment(config.storeEnvironment(), clock);
          FrontlineService service =
              FrontlineService.start(config, db, Frontline.load(knowledge, Optional.empty()), tuning, clock)) {
        // A complaint goes to Anna; her first answer in the client's topic is timed.
        api.clientSays(CLIENT, "Olga", "en", "I want to file a complaint, the water you delivered yesterday was cloudy");
        await(api, "the client is told who takes over", () -> api.sentTo(CLIENT).size() == 1);
        await(api, "a topic for the client", () -> db.handoffs().topic(new ChatId(CLIENT)).isPresent());
        int topic = (int) db.handoffs().topic(new ChatId(CLIENT)).orElseThrow().threadId();
        api.groupSays(STAFF, topic, ANNA, "Anna", "So sorry, Olga! We'll replace the bottles today.");
        await(api, "Anna's answer reaches the client", () -> !api.copies().isEmpty());
        assertThat(service.metrics().scrape()).containsPattern("frontline_handoff_first_reply_seconds_count\\{staff=\"anna\"\\} 1");

        // A broken change, then /reload from Anna in the group's General topic.
        Path catalog = knowledge.resolve("catalog.yaml");
        String good = Files.readString(catalog);
        Files.writeString(catalog, good.replaceFirst("    price: 100", "    price: a lot"));
        api.groupSays(STAFF, 0, ANNA, "Anna", "/reload");
        await(api, "the refusal with file:line in the group", () -> groupGot(api, "Knowledge change refused", "/reload by anna", "catalog.yaml:"));
        assertThat(groupGot(api, "Reloading the knowledge")).isTrue();

        // Clients are still answered with the last good knowledge.
        api.clientSays(7002, "Ivan", "en", "How much is a 19 litre bottle of water?");
        await(api, "the client is answered", () -> api.sentTo(7002).size() == 1);
        assertThat(api.sentTo(7002).get(0).text()).contains("100");

        // Fixed: the next /reload applies it.
        Files.writeString(catalog, good.replace("from our artesian well", "from our glacier spring"));
        Path company = knowledge.resolve("company.yaml");
        Files.writeString(company, Files.readString(company).replaceFirst("(?m)^name: AquaVita$", "name: AquaVita Plus"));
        api.groupSays(STAFF, 0, ANNA, "Anna", "/reload");
        await(api, "the reload applied", () -> groupGot(api, "Knowledge reloaded (/reload by anna)"));
        api.clientSays(7002, "Ivan", "en", "How much is a 19 litre bottle of water?");
        await(api, "answered with the new knowledge", () -> api.sentTo(7002).size() == 2);
        assertThat(api.sentTo(7002).get(1).text()).contains("glacier spring");
        // The transport's own words read the reloaded company too.
        api.clientSays(7003, "Petro", "en", "/start");
        await(api, "the greeting", () -> api.sentTo(7003).size() == 1);
        assertThat(api.sentTo(7003).get(0).text()).contains("AquaVita Plus");
        assertThat(service.metrics().scrape())
            .containsPattern("frontline_knowledge_reloads_total\\{outcome=\"refused\"\\} 1")
            .containsPattern("frontline_knowledge_reloads_total\\{outcome=\"applied\"\\} 1");
      }
    }
  }
}
