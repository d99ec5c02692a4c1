package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline run} in-process, for what it does before it reaches Telegram. */
class RunCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = new Main(new ByteArrayInputStream(new byte[0]), o, e).run(args);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutATokenItSaysHowToGetOneAndExitsWithTheUsageCode() throws Exception {
    assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "TELEGRAM_BOT_TOKEN is set in this environment");
    Path config = Files.writeString(dir.resolve("frontline.yaml"), "DATA_DIR: " + dir.resolve("data") + "\n");
    Run r = run("run", "--config", config.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("TELEGRAM_BOT_TOKEN").contains("@BotFather").contains("frontline chat");
    assertThat(Files.exists(dir.resolve("data"))).as("nothing was opened").isFalse();
  }

  @Test
  void aBrokenConfigFileIsAUsageErrorThatNamesTheSetting() throws Exception {
    Path config = Files.writeString(dir.resolve("frontline.yaml"), "TELEGRAM_TOKEN: 123\n");
    Run r = run("run", "--config", config.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("TELEGRAM_TOKEN");
  }

  /** Issue 16: a rejected token ended in "unexpected error" and a stack trace. */
  @Test
  void aTokenTelegramRefusesIsOneLineAndExit1() throws Exception {
    assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "TELEGRAM_BOT_TOKEN is set in this environment");
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Path config = Files.writeString(dir.resolve("frontline.yaml"), String.join("\n",
          "TELEGRAM_BOT_TOKEN: \"999999:not-the-token\"",
          "TELEGRAM_API_URL: " + api.url(),
          "DATA_DIR: " + dir.resolve("data"),
          "KNOWLEDGE_DIR: ../knowledge",
          "HEALTH_LISTEN: \"off\"",
          "KNOWLEDGE_WATCH: \"off\"",
          ""));
      Run r = run("run", "--config", config.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.FAILED);
      assertThat(r.err()).contains("refused the bot token").contains("@BotFather").doesNotContain("\tat ").doesNotContain("unexpected");
    }
  }

  @Test
  void runIsListedWithTheOtherCommands() {
    assertThat(run("--help").out()).contains("run");
    assertThat(run("run", "--help").out()).contains("TELEGRAM_BOT_TOKEN").contains("--config");
  }
}
