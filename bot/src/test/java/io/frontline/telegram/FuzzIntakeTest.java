package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, item 8: generated updates through both intakes ({@link UpdateFuzz}: valid, mutated,
 * truncated, oversized, wrong types, extreme numbers, unknown fields). Whatever they hold: the
 * webhook never answers 500, long polling moves past every one, nothing is left unprocessed, no
 * chat gets more replies than it sent updates, no update costs a stack trace in the log, and a
 * well-formed message sent after them is answered. The seed is fixed (so a failure can be run
 * again); {@code -Dfuzz.seed=N} tries others.
 */
class FuzzIntakeTest {

  static final int UPDATES = Integer.getInteger("fuzz.updates", 5_000);
  static final long SEED = Long.getLong("fuzz.seed", 20261206L);
  static final Duration WAIT = Duration.ofSeconds(300);
  static final String SECRET = "s3cret_Token-for-fuzz";

  @TempDir Path dir;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Map<Long, Integer> perChat = new HashMap<>();
  private final Map<String, Integer> kinds = new TreeMap<>();

  /** Limits and the flood gate out of the way: the fuzz is about reading, not pacing. */
  static TelegramBot.Tuning tuning() {
    return TestBot.fast()
        .withLimits(10_000, 1_000, Duration.ofMillis(1), 1_000, Duration.ofMillis(1), 16)
        .withFlood(100_000, Duration.ofSeconds(1));
  }

  @BeforeEach
  void captureLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
  }

  private void count(UpdateFuzz.Generated g) {
    kinds.merge(g.kind(), 1, Integer::sum);
    if (g.chat() != 0) {
      perChat.merge(g.chat(), 1, Integer::sum);
    }
  }

  static final long FRESH = 7_777_777L;

  /** @param hello sends "hello" from chat {@link #FRESH} through the intake under test */
  private void assertAfterwards(FakeBotApi api, TestBot bot, ThrowingRunnable hello) throws Exception {
    long fresh = FRESH;
    hello.run();
    assertThat(api.await(() -> api.sentTo(fresh).size() == 1, WAIT)).as("a client after the fuzz is answered").isTrue();
    assertThat(bot.awaitQuiet(WAIT)).as("everything processed and sent").isTrue();
    assertThat(bot.db.journal().unprocessed(10)).isEmpty();
    for (Map.Entry<Long, Integer> e : perChat.entrySet()) {
      // A reply is at most one message per update here (no text is longer than Telegram's limit).
      assertThat(api.sentTo(e.getKey()).size()).as("replies to chat %d (seed %d)", e.getKey(), SEED).isLessThanOrEqualTo(e.getValue());
    }
    List<ILoggingEvent> traces = log.list.stream().filter(ev -> ev.getThrowableProxy() != null).toList();
    assertThat(traces).as("log lines with a stack trace (seed %d): %s", SEED, traces).isEmpty();
    System.out.printf("fuzz: %d updates %s; rejected %d%n", kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds, bot.bot.stats().updatesRejected());
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void longPollingTakesAnyUpdateAndGoesOn() throws Exception {
    UpdateFuzz fuzz = new UpdateFuzz(SEED, false);
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.polling(api.url(), dir, tuning())) {
      long last = 0;
      for (int i = 0; i < UPDATES; i++) {
        UpdateFuzz.Generated g = fuzz.next();
        count(g);
        last = api.deliverRaw(g.fields());
      }
      long lastId = last;
      assertThat(api.await(() -> api.confirmedBelow() > lastId, WAIT)).as("the offset moved past every update (seed %d)", SEED).isTrue();
      assertAfterwards(api, bot, () -> api.clientSays(FRESH, "After", "en", "hello"));
    }
  }

  @Test
  void theWebhookNeverAnswers500() throws Exception {
    UpdateFuzz fuzz = new UpdateFuzz(SEED + 1, true);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.webhook(api.url(), dir, SECRET, tuning())) {
      URI hook = URI.create("http://127.0.0.1:" + bot.bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook");
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (int i = 0; i < UPDATES; i++) {
        UpdateFuzz.Generated g = fuzz.next();
        count(g);
        String body = "{\"update_id\":" + (1_000_000 + i) + (g.fields().isEmpty() ? "" : ",") + g.fields() + "}";
        HttpRequest r = HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(30))
            .header(WebhookServer.SECRET_HEADER, SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        statuses.merge(status, 1, Integer::sum);
        assertThat(status).as("%s update %d (seed %d): %.200s", g.kind(), i, SEED + 1, body).isIn(200, 400, 413);
      }
      System.out.printf("webhook statuses: %s%n", statuses);
      assertAfterwards(api, bot, () -> assertThat(http.send(
              HttpRequest.newBuilder(hook).header(WebhookServer.SECRET_HEADER, SECRET)
                  .POST(HttpRequest.BodyPublishers.ofString(WebhookTest.update(2_000_000, FRESH, "hello"))).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200));
    }
  }
}
