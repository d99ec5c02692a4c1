package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 1: one malformed update used to halt all intake. An update dated 1e17 or
 * -2^63 threw while it was journaled; one nested 2,000 deep or with a 50,000-character field name
 * failed the whole getUpdates answer. The offset never moved past them, and every later update of
 * every client waited behind. Now each is journaled as rejected, with why, and the client who
 * writes after them is answered, in long polling and through the webhook.
 */
class PoisonUpdatesTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long NOW = System.currentTimeMillis() / 1000;

  /** The fields after update_id of each poison update, and a few words on it. */
  static List<String> poison() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    return List.of(
        message("1e17", "far in the future"),
        message("-9223372036854775808", "before time"),
        message("9223372036854775807", "the end of time"),
        message("18446744073709551616", "beyond long"),
        message("\"yesterday\"", "a date in words"),
        "\"message\":{\"message_id\":1,\"date\":" + NOW + ",\"chat\":{\"id\":5,\"type\":\"private\"},\"x\":" + deep + "}",
        "\"message\":{\"" + "k".repeat(50_000) + "\":1,\"chat\":{\"id\":5,\"type\":\"private\"}}",
        "\"message\":{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":12345678901234567890123456789012345678901234567890123456789012345678901234567890}",
        "\"message\":[1,2,3]",
        "\"message\":{\"chat\":\"five\",\"from\":7,\"text\":{\"a\":1},\"photo\":[]}",
        "\"callback_query\":{\"id\":\"\",\"from\":{\"id\":\"x\"},\"message\":{\"chat\":{}}}",
        "\"my_chat_member\":{\"chat\":{\"id\":5,\"type\":\"private\"},\"date\":1e300}");
  }

  static String message(String date, String text) {
    return "\"message\":{\"message_id\":1,\"date\":" + date + ",\"chat\":{\"id\":5,\"type\":\"private\",\"first_name\":\"P\"},"
        + "\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"P\",\"language_code\":\"en\"},\"text\":\"" + text + "\"}";
  }

  @TempDir Path dir;

  @Test
  void longPollingMovesPastEveryPoisonUpdateAndAnswersTheNextClient() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.polling(api.url(), dir, TestBot.fast())) {
      long lastPoison = 0;
      for (String p : poison()) {
        lastPoison = api.deliverRaw(p);
      }
      long after = api.clientSays(801, "Anna", "en", "hello");
      assertThat(api.await(() -> api.sentTo(801).size() == 1, WAIT)).as("the client after the poison is answered").isTrue();
      long confirmedAfter = after;
      assertThat(api.await(() -> api.confirmedBelow() > confirmedAfter, WAIT)).as("the offset moved past all of them").isTrue();
      assertThat(bot.awaitQuiet(WAIT)).isTrue();
      assertThat(lastPoison).isLessThan(after);
      // The ones no reader can take are journaled as rejected; the rest were read as what they
      // are (a message from chat 5 dated "unknown") and answered or ignored, never retried forever.
      assertThat(bot.bot.stats().updatesRejected()).isGreaterThanOrEqualTo(3);
      assertThat(bot.db.journal().rejectedSince(java.time.Instant.EPOCH)).isEqualTo(bot.bot.stats().updatesRejected());
      assertThat(bot.db.journal().unprocessed(100)).isEmpty();
    }
  }

  @Test
  void theWebhookAnswers200ToAnUnusableUpdateAnd400ToWhatIsNoUpdate() throws Exception {
    String secret = "s3cret_Token-for-tests";
    HttpClient http = HttpClient.newHttpClient();
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.webhook(api.url(), dir, secret, TestBot.fast())) {
      URI hook = URI.create("http://127.0.0.1:" + bot.bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook");
      long id = 1000;
      for (String p : poison()) {
        String body = "{\"update_id\":" + id++ + "," + p + "}";
        assertThat(post(http, hook, secret, body)).as(p.length() > 80 ? p.substring(0, 80) : p).isEqualTo(200);
      }
      assertThat(post(http, hook, secret, "{\"update_id\":" + id++ + ",\"message\":{\"text\":\"cut off")).isEqualTo(400);
      assertThat(post(http, hook, secret, "[{\"update_id\":1}]")).isEqualTo(400);
      assertThat(post(http, hook, secret, "{\"update_id\":\"7\"}")).isEqualTo(400);
      assertThat(post(http, hook, secret, WebhookTest.update(id, 802, "hello"))).isEqualTo(200);
      assertThat(api.await(() -> api.sentTo(802).size() == 1, WAIT)).isTrue();
      assertThat(bot.awaitQuiet(WAIT)).isTrue();
      assertThat(bot.bot.stats().updatesRejected()).isGreaterThanOrEqualTo(3);
      assertThat(bot.db.journal().unprocessed(100)).isEmpty();
    }
  }

  static int post(HttpClient http, URI hook, String secret, String body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(hook).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, secret).build();
    return http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
