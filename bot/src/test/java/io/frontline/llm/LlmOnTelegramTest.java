package io.frontline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.store.Database;
import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TelegramBot;
import io.frontline.telegram.TestBot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline run} with a model: the reply on Telegram is the model's, its memory is in the store. */
class LlmOnTelegramTest {

  private static final LlmSettings SETTINGS =
      new LlmSettings(Provider.OPENAI, Optional.empty(), Optional.of("k"), Optional.of("m"), Duration.ofSeconds(5), 0, Duration.ofSeconds(20));

  @TempDir Path dir;

  @Test
  void theModelAnswersOnTelegramAndRemembersTheChatInTheStore() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      ScriptedChatModel model =
          new ScriptedChatModel().decides("answer", "Our 19 L bottle is 100 UAH, brought to your door.", List.of("water-19l"), null, null);
      Config config =
          Config.load(
              Map.of(
                  "TELEGRAM_BOT_TOKEN", TestBot.TOKEN, "TELEGRAM_API_URL", api.url().toString(), "DATA_DIR", dir.toString(),
                  "KNOWLEDGE_DIR", "../knowledge"),
              Optional.empty());
      Database db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
      Frontline frontline = TestBot.frontline().withModel(model, SETTINGS).withChatMemory(db.chatMemory());
      TelegramBot bot = frontline.telegram(config, db, TestBot.fast(), Clock.systemUTC());
      bot.start();
      try {
        api.clientSays(601, "Grace", "en", "how much is a 19 litre bottle?");

        assertThat(api.await(() -> !api.sentTo(601).isEmpty(), Duration.ofSeconds(30))).isTrue();
        assertThat(api.sentTo(601).get(0).text()).contains("Our 19 L bottle is 100 UAH");
        assertThat(new PersistentChatMemoryStore(db.chatMemory()).getMessages(601L))
            .containsExactly(
                UserMessage.from("how much is a 19 litre bottle?"),
                AiMessage.from("Our 19 L bottle is 100 UAH, brought to your door."));
        assertThat(frontline.llmStats().orElseThrow().modelAnswers()).isEqualTo(1);
      } finally {
        bot.close();
        db.close();
      }
    }
  }
}
