package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook checks secret_token on every request, and journals before it answers 200. */
class WebhookTest {

  static final String SECRET = "s3cret_Token-for-tests";
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  FakeBotApi api;
  TestBot bot;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi(TestBot.TOKEN);
    bot = TestBot.webhook(api.url(), dir, SECRET, TestBot.fast());
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  URI hook() {
    return URI.create("http://127.0.0.1:" + bot.bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook");
  }

  static String update(long id, long chat, String text) {
    return "{\"update_id\":" + id + ",\"message\":{\"message_id\":1,\"date\":" + (System.currentTimeMillis() / 1000)
        + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"W\"},"
        + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"W\",\"language_code\":\"en\"},"
        + "\"text\":\"" + text + "\"}}";
  }

  HttpResponse<String> post(String body, String secret) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(hook()).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (secret != null) {
      r.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void telegramIsToldTheUrlAndTheSecret() {
    assertThat(api.webhookUrl()).isEqualTo("https://bot.example.org/telegram/hook");
    assertThat(api.webhookSecret()).isEqualTo(SECRET);
    assertThat(bot.bot.mode()).isEqualTo(TelegramBot.Mode.WEBHOOK);
  }

  @Test
  void withoutTheSecretOrWithAWrongOneItIs401AndNothingIsJournaled() throws Exception {
    assertThat(post(update(70, 701, "hello"), null).statusCode()).isEqualTo(401);
    assertThat(post(update(71, 701, "hello"), "wrong").statusCode()).isEqualTo(401);
    assertThat(post(update(72, 701, "hello"), SECRET + "x").statusCode()).isEqualTo(401);
    assertThat(post(update(73, 701, "hello"), "").statusCode()).isEqualTo(401);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    // Never journaled: recording them now succeeds, which it would not for a journaled update.
    for (long id = 70; id <= 73; id++) {
      assertThat(bot.db.journal().record(id, new ChatId(701), "{}")).as("update %d", id).isTrue();
      bot.db.journal().markProcessed(id);
    }
    assertThat(bot.bot.stats().updatesProcessed()).isZero();
    assertThat(api.sentTo(701)).isEmpty();
  }

  @Test
  void withTheSecretItIs200AndTheClientIsAnswered() throws Exception {
    assertThat(post(update(80, 702, "How much is a 19 litre bottle?"), SECRET).statusCode()).isEqualTo(200);
    assertThat(bot.db.journal().record(80, new ChatId(702), "{}")).as("journaled before the 200").isFalse();
    assertThat(api.await(() -> api.sentTo(702).size() == 1, WAIT)).isTrue();
    // Telegram sends it again (our 200 was lost): 200 again, no second reply.
    assertThat(post(update(80, 702, "How much is a 19 litre bottle?"), SECRET).statusCode()).isEqualTo(200);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(702)).hasSize(1);
  }

  @Test
  void whatIsNotAnUpdateIsRefused() throws Exception {
    assertThat(post("{\"hello\":1}", SECRET).statusCode()).isEqualTo(400);
    assertThat(post("not json", SECRET).statusCode()).isEqualTo(400);
    HttpResponse<String> get = http.send(
        HttpRequest.newBuilder(hook()).header("X-Telegram-Bot-Api-Secret-Token", SECRET).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    HttpResponse<String> elsewhere = http.send(
        HttpRequest.newBuilder(URI.create(hook().toString().replace("/telegram/hook", "/other")))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(elsewhere.statusCode()).isEqualTo(404);
  }
}
