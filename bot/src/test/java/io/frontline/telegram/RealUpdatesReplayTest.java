package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.conversation.ChatId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 37 real Telegram updates in ../shared/eval-data, each POSTed to the webhook with the right
 * secret, one after the other into one running bot: every one gets 200, is processed without an
 * error, and gets exactly the reply (or the silence) listed below.
 *
 * <p>Several files share an update_id (they come from different projects' tests); each is posted
 * under an update_id of its own (1,000,000 + its number), its content untouched, so the journal does
 * not rightly take the second as a duplicate of the first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealUpdatesReplayTest {

  static final Path UPDATES = Path.of("../../shared/eval-data/telegram-updates");
  static final String SECRET = "replay_secret-37";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final ObjectMapper JSON = new ObjectMapper();

  /** What a file gets: a reply to a chat (and what it is), a button answer only, or nothing. */
  enum Expect { SILENCE, REPLY, MEDIA_RECEIVED, GREETING, CALLBACK_ANSWER_ONLY }

  static final Map<String, Expect> EXPECTED = Map.ofEntries(
      Map.entry("01-message-text-start-command.json", Expect.GREETING),
      Map.entry("02-message-text-private-en.json", Expect.REPLY),
      Map.entry("03-message-text-private-ru-emoji.json", Expect.REPLY),
      Map.entry("07-message-photo-private.json", Expect.MEDIA_RECEIVED),
      Map.entry("08-message-photo-caption-entities.json", Expect.REPLY), // the caption is answered
      Map.entry("09-message-voice.json", Expect.MEDIA_RECEIVED),
      Map.entry("10-message-document-txt.json", Expect.MEDIA_RECEIVED),
      Map.entry("11-message-sticker-animated-supergroup.json", Expect.SILENCE),
      Map.entry("12-message-sticker-private.json", Expect.MEDIA_RECEIVED),
      Map.entry("13-message-video-forwarded.json", Expect.MEDIA_RECEIVED),
      Map.entry("14-message-contact-vcard.json", Expect.SILENCE), // in a supergroup
      Map.entry("15-message-live-location.json", Expect.SILENCE), // in a supergroup
      Map.entry("16-edited-message-text.json", Expect.SILENCE), // in a supergroup
      Map.entry("17-edited-message-live-location.json", Expect.SILENCE),
      Map.entry("18-message-group-reply.json", Expect.SILENCE),
      Map.entry("19-message-new-chat-members-bot-added.json", Expect.SILENCE),
      Map.entry("20-message-left-chat-member-bot-removed.json", Expect.SILENCE),
      Map.entry("21-message-migrate-to-supergroup.json", Expect.SILENCE),
      Map.entry("22-message-group-anonymous-admin.json", Expect.SILENCE),
      Map.entry("23-callback-query-with-message.json", Expect.CALLBACK_ANSWER_ONLY),
      Map.entry("24-my-chat-member-kicked-user-blocked-bot.json", Expect.SILENCE), // and the client is blocked
      Map.entry("25-channel-post-giveaway-created.json", Expect.SILENCE),
      Map.entry("26-forum-topic-created-by-user.json", Expect.SILENCE),
      Map.entry("27-forum-topic-message-text.json", Expect.SILENCE),
      Map.entry("28-forum-topic-closed.json", Expect.SILENCE),
      Map.entry("29-supergroup-reply-thread-not-forum.json", Expect.SILENCE),
      Map.entry("30-message-story-supergroup.json", Expect.SILENCE),
      Map.entry("31-message-reaction.json", Expect.SILENCE),
      Map.entry("32-message-dice.json", Expect.SILENCE),
      Map.entry("33-poll-answer.json", Expect.SILENCE),
      Map.entry("34-unknown-update-kind.json", Expect.SILENCE),
      Map.entry("35-write-access-allowed-ru.json", Expect.SILENCE), // a service message
      Map.entry("36-multi-field-update-synthetic.json", Expect.REPLY), // its private text message
      Map.entry("37-channel-post-pinned-ru.json", Expect.SILENCE),
      Map.entry("38-forum-topic-created-by-bot-ru.json", Expect.SILENCE),
      Map.entry("39-forum-topic-edited-ru.json", Expect.SILENCE),
      Map.entry("40-business-message-synthetic.json", Expect.SILENCE)); // no business connection

  FakeBotApi api;
  TestBot bot;
  Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  static List<Path> files() throws IOException {
    if (!Files.isDirectory(UPDATES)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(UPDATES)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json")).sorted().toList();
    }
  }

  @BeforeAll
  void start() throws Exception {
    assumeTrue(Files.isDirectory(UPDATES), "../shared/eval-data/telegram-updates is missing: replay skipped");
    dir = Files.createTempDirectory("frontline-replay");
    api = new FakeBotApi(TestBot.TOKEN);
    bot = TestBot.webhook(api.url(), dir, SECRET, TestBot.fast());
  }

  @AfterAll
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void replay(Path file) throws Exception {
    String name = file.getFileName().toString();
    assertThat(EXPECTED).as("an expectation for %s", name).containsKey(name);
    ObjectNode update = (ObjectNode) JSON.readTree(Files.readString(file));
    long id = 1_000_000L + Integer.parseInt(name.substring(0, 2));
    update.put("update_id", id);
    Incoming in = Incoming.parse(update);

    int sentBefore = api.sent().size();
    int answersBefore = api.callbackAnswers().size();
    long processedBefore = bot.bot.stats().updatesProcessed();
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.bot.webhookAddress().orElseThrow().getPort() + "/telegram/hook"))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);

    // Processed (not failed and retried): the journal has it as done, the outbox is empty.
    assertThat(api.await(() -> bot.bot.stats().updatesProcessed() > processedBefore, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.journal().record(id, in.chat(), "{}")).as("journaled").isFalse();
    assertThat(bot.db.journal().markProcessed(id)).as("processed").isFalse();
    assertThat(bot.bot.stats().failed()).isZero();

    List<FakeBotApi.Sent> sent = api.sent().subList(sentBefore, api.sent().size());
    int answers = api.callbackAnswers().size() - answersBefore;
    Expect expect = EXPECTED.get(name);
    switch (expect) {
      case SILENCE -> {
        assertThat(sent).as("no message for %s", name).isEmpty();
        assertThat(answers).isZero();
      }
      case CALLBACK_ANSWER_ONLY -> {
        assertThat(sent).isEmpty();
        assertThat(answers).isEqualTo(1);
      }
      default -> {
        assertThat(sent).as("one reply for %s", name).hasSize(1);
        assertThat(sent.get(0).chatId()).isEqualTo(in.chat().value());
        String text = sent.get(0).text();
        assertThat(text).isNotBlank();
        if (expect == Expect.MEDIA_RECEIVED) {
          assertThat(Set.of(phraseIn("media_received"))).anySatisfy(p -> assertThat(text).isEqualTo(Html.escape(p)));
        }
        if (expect == Expect.GREETING) {
          assertThat(text).contains(TestBot.frontline().knowledge().company().name().in("en", "en"));
        }
      }
    }
    if (name.startsWith("24-")) {
      assertThat(bot.db.clients().find(new ChatId(0)).map(c -> c.blocked())).contains(true);
    }
  }

  static String[] phraseIn(String key) {
    Set<String> out = new HashSet<>();
    for (String lang : TestBot.frontline().wording().phrases().languages()) {
      out.add(TestBot.frontline().wording().phrases().say(lang, key));
    }
    return out.toArray(String[]::new);
  }
}
