package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7: two instances on one PostgreSQL (the embedded server the store tests use),
 * each with its webhook, and a local Bot API that enforces Telegram's limits. 1,000 messages from
 * 50 chats go round robin to both webhooks (each chat's next message after the last one was
 * accepted, as Telegram sends them); one instance is stopped in the middle and the rest go to the
 * other. Every message is answered exactly once, each chat's messages are handled in the order they
 * were sent whichever instance got them, and the two together never make the Bot API refuse a send
 * (0 × 429): each takes its share of the limits.
 */
class TwoInstancesTest {

  static final String SECRET = "s3cret_Token-for-two";
  static final int CHATS = 50;
  static final int EACH = 20;
  static final long FIRST_CHAT = 60_000_000L;
  static final Duration WAIT = Duration.ofSeconds(240);
  static final List<String> QUESTIONS =
      List.of("How much is a 19 litre bottle?", "Do you deliver on Sunday?", "Сколько стоит доставка?", "thank you",
          "Скільки коштує помпа?", "hello");

  static EmbeddedPostgres server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off").setServerConfig("synchronous_commit", "off")
        .start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** Telegram's limits; the flood gate out of the way (a chat sends 20 messages in a row here). */
  static TelegramBot.Tuning tuning() {
    return TestBot.fast().withFlood(1_000, Duration.ofSeconds(1));
  }

  @Test
  void aThousandMessagesThroughTwoInstancesOneStoppedMidway() throws Exception {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE two STRATEGY FILE_COPY");
    }
    Map<String, String> settings = Map.of("DATABASE_URL", "postgres://postgres:@localhost:" + server.getPort() + "/two");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      api.limits(FakeBotApi.Limits.TELEGRAM);
      TestBot a = TestBot.webhook(api.url(), dir.resolve("a"), SECRET, tuning(), settings);
      TestBot b = TestBot.webhook(api.url(), dir.resolve("b"), SECRET, tuning(), settings);
      try {
        assertThat(api.await(() -> a.bot.sharedBy() == 2 && b.bot.sharedBy() == 2, Duration.ofSeconds(20)))
            .as("each instance knows of the other").isTrue();
        URI[] hooks = {hook(a), hook(b)};
        boolean[] stopped = {false};
        AtomicLong ids = new AtomicLong(1);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
          int thread = t;
          work.add(clients.submit(() -> {
            for (int k = 0; k < EACH; k++) {
              for (int c = thread; c < CHATS; c += 10) {
                long chat = FIRST_CHAT + c;
                String text = QUESTIONS.get((c + k) % QUESTIONS.size());
                int n = sent.getAndIncrement();
                // Round robin; once a is stopped, or when it does not answer, b (as a load
                // balancer would). A chat's ids follow its sending order: one thread per chat.
                int to;
                synchronized (stopped) {
                  to = stopped[0] ? 1 : n % 2;
                }
                String body = WebhookTest.update(ids.getAndIncrement(), chat, text);
                if (to == 0 && post(http, hooks[0], body) == 200) {
                  continue;
                }
                assertThat(post(http, hooks[1], body)).isEqualTo(200);
              }
            }
            return null;
          }));
        }
        // Midway, instance a stops; its unfinished work is in the shared journal and outbox.
        assertThat(api.await(() -> sent.get() >= CHATS * EACH / 2, WAIT)).isTrue();
        synchronized (stopped) {
          stopped[0] = true;
        }
        a.close();
        for (Future<?> f : work) {
          f.get();
        }
        clients.shutdown();

        assertThat(api.await(() -> allAnswered(api), WAIT)).as("every message answered; %s", counts(api)).isTrue();
        assertThat(b.awaitQuiet(WAIT)).isTrue();
        for (int c = 0; c < CHATS; c++) {
          assertThat(api.sentTo(FIRST_CHAT + c)).as("replies to chat %d", c).hasSize(EACH);
        }
        List<Long> at = api.sent().stream().map(FakeBotApi.Sent::at).sorted().toList();
        int busiest = 0;
        for (int i = 0, j = 0; i < at.size(); i++) {
          while (at.get(i) - at.get(j) >= 1000) {
            j++;
          }
          if (i - j + 1 > busiest) {
            busiest = i - j + 1;
          }
        }
        System.out.printf("two instances: %d replies, the busiest second carried %d (Telegram allows 30)%n", at.size(), busiest);
        assertThat(api.limitRejections()).as("sends the Bot API refused (429)").isZero();
        assertThat(b.db.journal().unprocessed(10)).isEmpty();
        assertInOrder(b);
      } finally {
        a.close();
        b.close();
      }
    }
  }

  /** The status, or 0 when the instance did not answer at all. */
  private static int post(HttpClient http, URI hook, String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(30)).header(WebhookServer.SECRET_HEADER, SECRET)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static URI hook(TestBot bot) {
    return URI.create("http://127.0.0.1:" + bot.bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook");
  }

  private static boolean allAnswered(FakeBotApi api) {
    for (int c = 0; c < CHATS; c++) {
      if (api.sentTo(FIRST_CHAT + c).size() < EACH) {
        return false;
      }
    }
    return true;
  }

  private static Map<Long, Integer> counts(FakeBotApi api) {
    Map<Long, Integer> out = new HashMap<>();
    for (int c = 0; c < CHATS; c++) {
      out.put(FIRST_CHAT + c, api.sentTo(FIRST_CHAT + c).size());
    }
    return out;
  }

  /** Each chat's messages entered the transcript in update_id order: handled oldest first. */
  private void assertInOrder(TestBot bot) throws Exception {
    try (Connection c = server.getDatabase("postgres", "two").getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT chat_id, update_id FROM messages WHERE direction = 'in' ORDER BY id")) {
      Map<Long, Long> last = new HashMap<>();
      int rows = 0;
      while (r.next()) {
        rows++;
        long chat = r.getLong(1);
        long update = r.getLong(2);
        Long before = last.put(chat, update);
        assertThat(before == null || before < update).as("chat %d: update %d handled after %d", chat, update, before).isTrue();
      }
      assertThat(rows).isEqualTo(CHATS * EACH);
    }
  }
}
