package io.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.metrics.BotMetrics;
import io.frontline.store.Database;
import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TestBot;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frontline run}'s health and metrics endpoint, over loopback, with the bot talking to a
 * local Bot API server: /healthz says what works, /metrics has every listed series, and the bot set
 * its commands menu in each language it speaks.
 */
class HealthAndMetricsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  private HttpResponse<String> get(InetSocketAddress at, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzAndMetricsAnswerOverLoopback() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Config config =
          Config.load(
              Map.of(
                  "TELEGRAM_BOT_TOKEN", TestBot.TOKEN,
                  "TELEGRAM_API_URL", api.url().toString(),
                  "DATA_DIR", dir.resolve("data").toString(),
                  "KNOWLEDGE_DIR", TestBot.KNOWLEDGE.toString(),
                  "HEALTH_LISTEN", "127.0.0.1:0",
                  "KNOWLEDGE_WATCH", "off"),
              Optional.empty());
      Database db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
      try (FrontlineService service =
          FrontlineService.start(config, db, TestBot.frontline(), TestBot.fast(), Clock.systemUTC())) {
        InetSocketAddress at = service.healthAddress().orElseThrow();

        api.clientSays(1001, "Ivan", "en", "How much is a 19 litre bottle of water?");
        api.clientSays(1002, "Olena", "en", "My cooler is broken, can you repair it?");
        assertThat(api.await(() -> api.sentTo(1001).size() >= 1 && api.sentTo(1002).size() >= 1, Duration.ofSeconds(60)))
            .as("both clients answered").isTrue();

        HttpResponse<String> health = get(at, "/healthz");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode h = JSON.readTree(health.body());
        assertThat(h.path("status").asText()).isEqualTo("up");
        for (String check : new String[] {"store", "telegram", "knowledge"}) {
          assertThat(h.path("checks").path(check).path("ok").asBoolean()).as(check + " in " + health.body()).isTrue();
        }
        assertThat(h.path("checks").path("knowledge").path("detail").asText()).contains("articles");

        assertThat(api.await(() -> metric(at, "frontline_messages_out_total") >= 2, Duration.ofSeconds(30))).isTrue();
        HttpResponse<String> metrics = get(at, "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        for (String series : BotMetrics.SERIES) {
          assertThat(metrics.body()).as(series).contains(series);
        }
        assertThat(metrics.body())
            .containsPattern("frontline_decisions_total\\{action=\"answer\"\\} [1-9]")
            .containsPattern("frontline_referrals_total\\{partner=\"cooler-service\"\\} [1-9]")
            .containsPattern("frontline_handoffs_total\\{staff=\"anna\"\\} 0")
            .containsPattern("frontline_decision_latency_seconds_count [1-9]")
            .containsPattern("frontline_messages_in_total [1-9]")
            .contains("frontline_llm_calls_total 0")
            .containsPattern("frontline_outbox_depth [0-9]")
            // Buckets for p99 in PromQL, and the JVM's own figures.
            .contains("frontline_decision_latency_seconds_bucket{le=")
            .contains("jvm_memory_used_bytes")
            .contains("jvm_threads_live_threads")
            .contains("process_uptime_seconds")
            // The store's connection pool.
            .contains("hikaricp_connections_active{pool=\"frontline-store\"}")
            .contains("hikaricp_connections_pending{pool=\"frontline-store\"}")
            .contains("frontline_knowledge_version 1.0");
        assertThat(get(at, "/nothing").statusCode()).isEqualTo(404);

        // The commands menu, set by the bot in the default and each spoken language.
        assertThat(api.commandMenus()).containsKeys("", "en", "uk", "ru", "hu", "pl", "de");
        assertThat(api.commandMenus().get("uk")).anySatisfy(c -> assertThat(c).startsWith("human - ").contains("людиною"));
        assertThat(api.commandMenus().get("pl")).anySatisfy(c -> assertThat(c).startsWith("forget - ").contains("dane"));
        assertThat(api.commandMenus().get("de")).anySatisfy(c -> assertThat(c).startsWith("subscribe - "));

        // The store gone: /healthz says so with 503.
        db.close();
        HttpResponse<String> down = get(at, "/healthz");
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode d = JSON.readTree(down.body());
        assertThat(d.path("status").asText()).isEqualTo("down");
        assertThat(d.path("checks").path("store").path("ok").asBoolean()).isFalse();
      } finally {
        db.close();
      }
    }
  }

  private double metric(InetSocketAddress at, String name) {
    try {
      for (String line : get(at, "/metrics").body().split("\n")) {
        if (line.startsWith(name + " ")) {
          return Double.parseDouble(line.substring(name.length() + 1).trim());
        }
      }
      return -1;
    } catch (Exception e) {
      return -1;
    }
  }
}
