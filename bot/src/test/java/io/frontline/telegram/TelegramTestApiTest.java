package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * End to end against telegram-test-api, an independent Telegram Bot API emulator (npm, pinned in
 * src/test/node): the bot runs its real long-polling path against it, a client writes in Russian
 * and in English, and the replies that reach the client are the expected ones. Needs node; the
 * emulator is installed by {@code npm ci} in src/test/node when missing; skipped only when node is
 * absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramTestApiTest {

  static final Path NODE_DIR = Path.of("src/test/node");
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(30);

  Process emulator;
  URI url;
  TestBot bot;
  Path dir;
  final BlockingQueue<JsonNode> botMessages = new LinkedBlockingQueue<>();
  final HttpClient http = HttpClient.newHttpClient();

  static boolean nodeInstalled() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The README's test command is the whole set-up on a fresh machine, so the test installs the
   * emulator it needs, at the version pinned in package-lock.json, when it is missing.
   */
  static void installEmulator() throws IOException, InterruptedException {
    // Never inheritIO here: the forked test JVM's standard streams are Surefire's channel to Maven,
    // and npm writing into them ended the first run on a fresh machine with "std/in stream
    // corrupted" (issue 16). Its output goes to a log that a failure quotes.
    java.nio.file.Path log = java.nio.file.Files.createTempFile("npm-ci", ".log");
    Process npm =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
            .directory(NODE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    npm.getOutputStream().close();
    if (!npm.waitFor(5, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      fail("`npm ci` in bot/src/test/node took longer than 5 minutes");
    }
    if (npm.exitValue() != 0) {
      fail("`npm ci` in bot/src/test/node failed:\n" + java.nio.file.Files.readString(log));
    }
  }

  @BeforeAll
  void start() throws Exception {
    assumeTrue(nodeInstalled(), "node is not installed: the end-to-end test against telegram-test-api is skipped");
    if (!Files.isDirectory(NODE_DIR.resolve("node_modules/telegram-test-api"))) {
      installEmulator();
    }
    if (!Files.isDirectory(NODE_DIR.resolve("node_modules/telegram-test-api"))) {
      fail("telegram-test-api is not installed and `npm ci` in bot/src/test/node did not install it (see its output above)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    emulator = new ProcessBuilder("node", "emulator.js", Integer.toString(port))
        .directory(NODE_DIR.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BlockingQueue<String> ready = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("READY ")) {
            ready.add(line.substring(6).strip());
          } else if (line.startsWith("BOT ")) {
            botMessages.add(JSON.readTree(line.substring(4)));
          }
        }
      } catch (IOException e) {
        // the emulator stopped
      }
    }, "emulator-output");
    reader.setDaemon(true);
    reader.start();
    String at = ready.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(at).as("the emulator started").isNotNull();
    url = URI.create(at.replace("localhost", "127.0.0.1"));
    dir = Files.createTempDirectory("frontline-e2e");
    bot = TestBot.polling(url, dir, TestBot.fast());
  }

  @AfterAll
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    if (emulator != null) {
      emulator.getOutputStream().close(); // the emulator stops when its input closes
      if (!emulator.waitFor(10, TimeUnit.SECONDS)) {
        emulator.destroyForcibly();
      }
    }
  }

  /** A client writes to the bot, through the emulator's client API. */
  void clientSays(long id, String name, String lang, String text) throws Exception {
    ObjectNode m = JSON.createObjectNode();
    m.put("botToken", TestBot.TOKEN);
    m.putObject("from").put("id", id).put("is_bot", false).put("first_name", name).put("language_code", lang);
    m.putObject("chat").put("id", id).put("type", "private").put("first_name", name);
    m.put("date", System.currentTimeMillis() / 1000);
    m.put("text", text);
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(url.resolve("/sendMessage"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(m.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  JsonNode nextReplyTo(long chat) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      JsonNode m = botMessages.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (m != null && m.path("chat_id").asLong() == chat) {
        return m;
      }
    }
    return fail("no reply to chat " + chat + " within " + WAIT);
  }

  @Test
  void aRussianQuestionGetsTheRussianPrice() throws Exception {
    clientSays(7001, "Иван", "ru", "Сколько стоит бутыль 19 литров?");
    JsonNode reply = nextReplyTo(7001);
    assertThat(reply.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    assertThat(reply.path("text").asText()).containsPattern("[А-Яа-я]").contains("19");
  }

  @Test
  void anEnglishQuestionGetsAnEnglishAnswer() throws Exception {
    clientSays(7002, "Anna", "en", "How much is a 19 litre bottle of water?");
    String text = nextReplyTo(7002).path("text").asText();
    assertThat(text).doesNotContainPattern("[А-Яа-я]").contains("19");
  }

  @Test
  void startGreetsWithTheCompanyName() throws Exception {
    clientSays(7003, "Olga", "en", "/start");
    assertThat(nextReplyTo(7003).path("text").asText())
        .contains(TestBot.frontline().knowledge().company().name().in("en", "en"));
  }
}
