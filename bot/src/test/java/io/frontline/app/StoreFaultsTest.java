package io.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.store.Database;
import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TestBot;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 6: with the SQLite file deleted under it the bot stayed healthy for 25
 * minutes, then failed every update; /healthz stayed green while another process held the write
 * lock. Now readiness needs a write to go through, and a lost file stops the process.
 */
class StoreFaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  private Config config(FakeBotApi api) {
    return Config.load(
        Map.of(
            "TELEGRAM_BOT_TOKEN", TestBot.TOKEN,
            "TELEGRAM_API_URL", api.url().toString(),
            "DATA_DIR", dir.resolve("data").toString(),
            "KNOWLEDGE_DIR", TestBot.KNOWLEDGE.toString(),
            "HEALTH_LISTEN", "127.0.0.1:0",
            "KNOWLEDGE_WATCH", "off"),
        Optional.empty());
  }

  private JsonNode store(InetSocketAddress at) throws Exception {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + "/healthz")).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(r.body());
    assertThat(r.statusCode()).isEqualTo(body.path("checks").path("store").path("ok").asBoolean() ? 200 : 503);
    return body.path("checks").path("store");
  }

  @Test
  void aHeldWriteLockTurnsReadinessRedAndItsReleaseGreen() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Config config = config(api);
      Database db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
      try (FrontlineService service = FrontlineService.start(config, db, TestBot.frontline(), TestBot.fast(), Clock.systemUTC())) {
        InetSocketAddress at = service.healthAddress().orElseThrow();
        assertThat(store(at).path("ok").asBoolean()).isTrue();

        // Another process takes the write lock and keeps it.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/frontline.db"));
            Statement s = other.createStatement()) {
          s.execute("BEGIN IMMEDIATE");
          JsonNode held = store(at);
          assertThat(held.path("ok").asBoolean()).as(held.toString()).isFalse();
          assertThat(held.path("detail").asText()).contains("write");
          s.execute("ROLLBACK");
        }
        // Green again once the lock is gone (the probe stuck behind it finishes first).
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean ok = false;
        while (!ok && System.nanoTime() < end) {
          ok = store(at).path("ok").asBoolean();
        }
        assertThat(ok).as("healthy after the lock is released").isTrue();
      } finally {
        db.close();
      }
    }
  }

  @Test
  void aDeletedDatabaseFileStopsTheBotAndTurnsReadinessRed() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Config config = config(api);
      Database db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
      try (FrontlineService service = FrontlineService.start(config, db, TestBot.frontline(), TestBot.fast(), Clock.systemUTC())) {
        CompletableFuture<String> lost = new CompletableFuture<>();
        service.onStoreLost(lost::complete);
        Files.delete(dir.resolve("data/frontline.db"));

        // Deleted, or (when a pooled connection opened meanwhile and SQLite made a new, empty file)
        // replaced: either way the bot stops.
        assertThat(lost.get(30, TimeUnit.SECONDS)).contains("frontline.db").containsPattern("deleted|replaced");
        JsonNode s = store(service.healthAddress().orElseThrow());
        assertThat(s.path("ok").asBoolean()).isFalse();
        assertThat(s.path("detail").asText()).containsPattern("deleted|replaced");
      } finally {
        db.close();
      }
    }
  }
}
