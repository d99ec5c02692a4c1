package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.app.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline run}'s settings: environment over file over defaults. */
class ConfigTest {

  @TempDir Path dir;

  @Test
  void defaults() {
    Config c = Config.load(Map.of(), Optional.empty());
    assertThat(c.token()).isEmpty();
    assertThat(c.apiUrl().toString()).isEqualTo("https://api.telegram.org");
    assertThat(c.knowledgeDir()).isEqualTo(Path.of("knowledge"));
    assertThat(c.dataDir()).isEqualTo(Path.of("data"));
    assertThat(c.webhook()).isFalse();
    assertThat(c.storeEnvironment()).containsEntry("DATA_DIR", "data").doesNotContainKey("DATABASE_URL");
  }

  @Test
  void aMissingTokenSaysHowToGetOneAndThatChatNeedsNone() {
    Config c = Config.load(Map.of(), Optional.empty());
    assertThatThrownBy(c::requireToken)
        .isInstanceOf(Config.ConfigException.class)
        .hasMessageContaining("@BotFather")
        .hasMessageContaining("/newbot")
        .hasMessageContaining("frontline chat");
  }

  @Test
  void theEnvironmentOverridesTheFile() throws Exception {
    Path file = dir.resolve("frontline.yaml");
    Files.writeString(file, "TELEGRAM_BOT_TOKEN: from-file\ndata_dir: /var/lib/frontline\nTELEGRAM_API_URL: http://127.0.0.1:8081\n");
    Config c = Config.load(Map.of("TELEGRAM_BOT_TOKEN", "from-env"), Optional.of(file));
    assertThat(c.requireToken()).isEqualTo("from-env");
    assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/frontline"));
    assertThat(c.apiUrl().getPort()).isEqualTo(8081);
  }

  @Test
  void webhookNeedsASecretOfTelegramsAlphabet() {
    assertThatThrownBy(() -> Config.load(Map.of("WEBHOOK_URL", "https://bot.example.org/hook"), Optional.empty()))
        .hasMessageContaining("WEBHOOK_SECRET");
    assertThatThrownBy(() -> Config.load(
            Map.of("WEBHOOK_URL", "https://bot.example.org/hook", "WEBHOOK_SECRET", "no spaces allowed"), Optional.empty()))
        .hasMessageContaining("A-Z");
    Config c = Config.load(
        Map.of("WEBHOOK_URL", "https://bot.example.org/hook", "WEBHOOK_SECRET", "s3cr3t_-X", "WEBHOOK_LISTEN", "127.0.0.1:9443"),
        Optional.empty());
    assertThat(c.webhook()).isTrue();
    assertThat(c.webhookListen().getPort()).isEqualTo(9443);
    assertThat(c.webhookListen().getHostString()).isEqualTo("127.0.0.1");
  }

  @Test
  void mistakesNameTheSetting() throws Exception {
    assertThatThrownBy(() -> Config.load(Map.of("WEBHOOK_LISTEN", "8080"), Optional.empty()))
        .hasMessageContaining("WEBHOOK_LISTEN");
    assertThatThrownBy(() -> Config.load(Map.of("TELEGRAM_API_URL", "api.telegram.org"), Optional.empty()))
        .hasMessageContaining("TELEGRAM_API_URL");
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "TELEGRAM_TOKEN: x\n");
    assertThatThrownBy(() -> Config.load(Map.of(), Optional.of(file))).hasMessageContaining("unknown setting 'TELEGRAM_TOKEN'");
    assertThatThrownBy(() -> Config.load(Map.of(), Optional.of(dir.resolve("none.yaml")))).hasMessageContaining("no such file");
  }

  @Test
  void anApiUrlWithAPathIsRefusedBecauseTheClientCannotUseIt() {
    assertThatThrownBy(() -> TelegramBot.telegramUrl(java.net.URI.create("http://127.0.0.1:8081/proxy")))
        .hasMessageContaining("must not have a path");
    assertThat(TelegramBot.telegramUrl(java.net.URI.create("https://api.telegram.org")).getPort()).isEqualTo(443);
  }

  /** Issue 16: secrets as files, as Docker and Kubernetes hand them over. */
  @Test
  void aSecretMayComeFromAFile() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "123456:from-a-file\n");
    Path secret = Files.writeString(dir.resolve("secret"), "hook_secret-1");
    Config c = Config.load(
        Map.of("TELEGRAM_BOT_TOKEN_FILE", token.toString(), "WEBHOOK_URL", "https://bot.example.org/hook",
            "WEBHOOK_SECRET_FILE", secret.toString()),
        Optional.empty());
    assertThat(c.token()).contains("123456:from-a-file");
    assertThat(c.webhookSecret()).contains("hook_secret-1");
    assertThatThrownBy(() -> Config.load(
            Map.of("TELEGRAM_BOT_TOKEN", "1:a", "TELEGRAM_BOT_TOKEN_FILE", token.toString()), Optional.empty()))
        .hasMessageContaining("both set");
    assertThatThrownBy(() -> Config.load(
            Map.of("TELEGRAM_BOT_TOKEN_FILE", dir.resolve("missing").toString()), Optional.empty()))
        .hasMessageContaining("TELEGRAM_BOT_TOKEN_FILE").hasMessageContaining("cannot read");
  }
}
