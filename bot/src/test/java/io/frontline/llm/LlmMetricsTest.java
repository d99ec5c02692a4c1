package io.frontline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.app.FrontlineService;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline run} with a model: /metrics counts the model's calls and its fallbacks. */
class LlmMetricsTest {

  private static final LlmSettings SETTINGS =
      new LlmSettings(Provider.OPENAI, Optional.empty(), Optional.of("k"), Optional.of("m"), Duration.ofSeconds(5), 0, Duration.ofSeconds(20));

  @TempDir Path dir;

  @Test
  void metricsCountTheModelsCallsAndFallbacks() throws Exception {
    ScriptedChatModel model =
        new ScriptedChatModel()
            .decides("answer", "Our 19 L bottle is 100 UAH, brought to your door.", List.of("water-19l"), null, null)
            .says("no idea, sorry");
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Config config =
          Config.load(
              Map.of(
                  "TELEGRAM_BOT_TOKEN", TestBot.TOKEN, "TELEGRAM_API_URL", api.url().toString(),
                  "DATA_DIR", dir.toString(), "KNOWLEDGE_DIR", TestBot.KNOWLEDGE.toString(),
                  "HEALTH_LISTEN", "127.0.0.1:0", "KNOWLEDGE_WATCH", "off"),
              Optional.empty());
      Database db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
      Frontline frontline = TestBot.frontline().withModel(model, SETTINGS).withChatMemory(db.chatMemory());
      try (FrontlineService service = FrontlineService.start(config, db, frontline, TestBot.fast(), Clock.systemUTC())) {
        InetSocketAddress at = service.healthAddress().orElseThrow();

        api.clientSays(701, "Grace", "en", "How much is a 19 litre bottle of water?");
        assertThat(api.await(() -> !api.sentTo(701).isEmpty(), Duration.ofSeconds(30))).isTrue();
        api.clientSays(702, "Tom", "en", "How much is the 19 litre bottle?");
        assertThat(api.await(() -> !api.sentTo(702).isEmpty(), Duration.ofSeconds(30))).isTrue();

        assertThat(api.sentTo(701).get(0).text()).contains("Our 19 L bottle is 100 UAH");
        assertThat(api.sentTo(702).get(0).text()).doesNotContain("no idea");
        String metrics = get(at);
        assertThat(metrics).contains("frontline_llm_calls_total 2.0").contains("frontline_llm_fallbacks_total 1.0")
            .containsPattern("frontline_llm_latency_seconds_count 2");
      } finally {
        db.close();
      }
    }
  }

  private static String get(InetSocketAddress at) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + "/metrics")).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
