package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Action;
import io.frontline.store.Attachment;
import io.frontline.store.Client;
import io.frontline.store.LoggedDecision;
import io.frontline.store.TranscriptEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot over long polling against a local Bot API: commands, buttons, escaping, limits. */
class TelegramBotTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  FakeBotApi api;
  TestBot bot;

  @BeforeEach
  void startServer() throws Exception {
    api = new FakeBotApi(TestBot.TOKEN);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  private void start(TelegramBot.Tuning tuning) {
    bot = TestBot.polling(api.url(), dir, tuning);
  }

  private List<FakeBotApi.Sent> awaitReplies(long chat, int n) throws InterruptedException {
    assertThat(api.await(() -> api.sentTo(chat).size() >= n, WAIT))
        .as("%d replies to chat %d; got %s", n, chat, api.sentTo(chat))
        .isTrue();
    return api.sentTo(chat);
  }

  private String phrase(String lang, String key) {
    return TestBot.frontline().wording().phrases().say(lang, key,
        java.util.Map.of("company", TestBot.frontline().knowledge().company().name().in(lang, "en"),
            "about", TestBot.frontline().knowledge().company().about().in(lang, "en")));
  }

  @Test
  void aQuestionGetsOneReplyInHtmlAndTypingIsShownFirst() throws Exception {
    start(TestBot.fast());
    api.clientSays(501, "Ivan", "ru", "Сколько стоит бутыль 19 литров?");
    List<FakeBotApi.Sent> replies = awaitReplies(501, 1);
    assertThat(replies.get(0).parseMode()).isEqualToIgnoringCase("HTML");
    assertThat(replies.get(0).text()).contains("19");
    assertThat(api.chatActions()).contains(501L);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(501)).hasSize(1);
  }

  @Test
  void startGreetsWithTheCompanyAndKeepsTheDeepLinkAsContactSource() throws Exception {
    start(TestBot.fast());
    api.clientSays(502, "Anna", "en", "/start from-flyer");
    String reply = awaitReplies(502, 1).get(0).text();
    assertThat(reply).contains(TestBot.frontline().knowledge().company().name().in("en", "en"));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.clients().find(new ChatId(502)).flatMap(c -> c.contactSource())).contains("from-flyer");
  }

  @Test
  void namesWithMarkupCharactersAreEscapedAndCannotBreakTheMessage() throws Exception {
    start(TestBot.fast());
    api.clientSays(503, "<b>Tom & Co</b>", "en", "/start");
    String reply = awaitReplies(503, 1).get(0).text();
    assertThat(reply).contains("&lt;b&gt;Tom &amp; Co&lt;/b&gt;").doesNotContain("<b>");
  }

  @Test
  void helpAndUnknownCommandsSayWhatTheBotDoes() throws Exception {
    start(TestBot.fast());
    api.clientSays(504, "Eva", "en", "/help");
    api.clientSays(504, "Eva", "en", "/frobnicate");
    List<FakeBotApi.Sent> replies = awaitReplies(504, 2);
    String help = Html.escape(phrase("en", "help"));
    assertThat(replies).extracting(FakeBotApi.Sent::text).containsExactly(help, help);
  }

  @Test
  void humanHandsTheChatToANamedPerson() throws Exception {
    start(TestBot.fast());
    Instant from = Instant.now().minusSeconds(5);
    api.clientSays(505, "Olga", "ru", "/human");
    awaitReplies(505, 1);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    List<LoggedDecision> logged =
        bot.db.decisions().between(from, Instant.now().plusSeconds(5)).stream()
            .filter(d -> d.chat().value() == 505).toList();
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).decision().action()).isEqualTo(Action.ESCALATE);
    assertThat(logged.get(0).decision().staff()).isPresent();
  }

  @Test
  void languageButtonsSetTheLanguageAndEveryButtonIsAnswered() throws Exception {
    start(TestBot.fast());
    api.clientSays(506, "Petro", "en", "/language");
    FakeBotApi.Sent prompt = awaitReplies(506, 1).get(0);
    assertThat(prompt.text()).isEqualTo(Html.escape(phrase("en", "language_prompt")));
    assertThat(prompt.replyMarkup().toString()).contains("lang:uk").contains("lang:ru").contains("Українська");
    api.clientPresses(506, "lang:uk");
    List<FakeBotApi.Sent> replies = awaitReplies(506, 2);
    assertThat(replies.get(1).text()).isEqualTo(Html.escape(phrase("uk", "language_set")));
    assertThat(api.await(() -> api.callbackAnswers().size() == 1, WAIT)).isTrue();
    // A button we do not know is still answered, and nothing is said.
    api.clientPresses(506, "something-old");
    assertThat(api.await(() -> api.callbackAnswers().size() == 2, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(506)).hasSize(2);
  }

  @Test
  void mediaIsAcknowledgedAndKeptWithItsFileIdForThePersonWhoTakesOver() throws Exception {
    start(TestBot.fast());
    var photo = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"message_id\":5,\"date\":" + Instant.now().getEpochSecond() + ",\"chat\":{\"id\":507,\"type\":\"private\"},"
            + "\"from\":{\"id\":507,\"is_bot\":false,\"first_name\":\"Ira\",\"language_code\":\"en\"},"
            + "\"photo\":[{\"file_id\":\"small\",\"file_unique_id\":\"s\",\"width\":90,\"height\":90},"
            + "{\"file_id\":\"AgACAgIAAxkBig\",\"file_unique_id\":\"b\",\"width\":800,\"height\":800}]}");
    api.deliver("message", photo);
    assertThat(awaitReplies(507, 1).get(0).text()).isEqualTo(Html.escape(phrase("en", "media_received")));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    TranscriptEntry kept = bot.db.transcript().last(new ChatId(507), 5).get(0);
    // The largest size's file_id, and the message id copyMessage takes.
    assertThat(kept.media()).contains(new Attachment("photo", "AgACAgIAAxkBig"));
    assertThat(kept.media().flatMap(Attachment::fileId)).contains("AgACAgIAAxkBig");
    assertThat(kept.messageId()).contains(5L);
  }

  @Test
  void aLanguageChosenWithTheLanguageCommandOutlastsTheConversation() throws Exception {
    start(TestBot.fast());
    api.clientSays(508, "Olha", "en", "/language");
    awaitReplies(508, 1);
    api.clientPresses(508, "lang:uk");
    assertThat(awaitReplies(508, 2).get(1).text()).isEqualTo(Html.escape(phrase("uk", "language_set")));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    bot.close();
    bot = null;
    // The conversation is forgotten (as after its idle time); only what the client chose is left.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("frontline.db"));
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate("DELETE FROM conversation_state WHERE chat_id = 508")).isEqualTo(1);
    }

    start(TestBot.fast());
    api.clientSays(508, "Olha", "en", "/help");

    assertThat(awaitReplies(508, 3).get(2).text()).isEqualTo(Html.escape(phrase("uk", "help")));
    Client olha = bot.db.clients().find(new ChatId(508)).orElseThrow();
    assertThat(olha.chosenLanguage()).contains("uk");
    assertThat(olha.language()).as("what Telegram says stays Telegram's").contains("en");
  }

  @Test
  void aClientWhoBlockedTheBotIsMarkedAndNotRetried() throws Exception {
    start(TestBot.fast());
    api.faults(m -> m.equals("sendmessage")
        ? Optional.of(new FakeBotApi.ErrorAnswer(403, "Forbidden: bot was blocked by the user"))
        : Optional.empty());
    api.clientSays(508, "Max", "en", "How much is a 19 litre bottle?");
    assertThat(api.await(() -> api.calls("sendmessage") >= 1, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.clients().find(new ChatId(508)).map(c -> c.blocked())).contains(true);
    assertThat(bot.bot.stats().failed()).isEqualTo(1);
    assertThat(api.calls("sendmessage")).isEqualTo(1);
  }

  @Test
  void aChatTelegramDoesNotKnowIsNotRetriedEither() throws Exception {
    start(TestBot.fast());
    api.faults(m -> m.equals("sendmessage")
        ? Optional.of(new FakeBotApi.ErrorAnswer(400, "Bad Request: chat not found"))
        : Optional.empty());
    api.clientSays(513, "Gone", "en", "hello");
    assertThat(api.await(() -> api.calls("sendmessage") >= 1, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.bot.stats().failed()).isEqualTo(1);
    assertThat(bot.db.clients().find(new ChatId(513)).map(c -> c.blocked())).contains(true);
    assertThat(api.calls("sendmessage")).isEqualTo(1);
  }

  @Test
  void myChatMemberKickedMarksTheClientBlockedAndMemberUnblocks() throws Exception {
    start(TestBot.fast());
    api.clientSays(509, "Lena", "en", "hello");
    awaitReplies(509, 1);
    var kicked = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"chat\":{\"id\":509,\"type\":\"private\",\"first_name\":\"Lena\"},"
            + "\"from\":{\"id\":509,\"is_bot\":false,\"first_name\":\"Lena\"},\"date\":1,"
            + "\"old_chat_member\":{\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"},\"status\":\"member\"},"
            + "\"new_chat_member\":{\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"b\"},\"status\":\"kicked\",\"until_date\":0}}");
    long id = api.deliver("my_chat_member", kicked);
    assertThat(api.await(() -> api.confirmedBelow() > id, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.clients().find(new ChatId(509)).map(c -> c.blocked())).contains(true);
    assertThat(api.sentTo(509)).hasSize(1);
  }

  @Test
  void aFloodGetsOneNoteAndEveryoneElseIsStillAnswered() throws Exception {
    // Per-chat sending pace shortened so the 21 replies do not take 21 seconds.
    start(TestBot.fast().withLimits(25, 3, Duration.ofMillis(20), 3, Duration.ofMillis(100), 8));
    for (int i = 0; i < 30; i++) {
      api.clientSays(510, "Flo", "en", "hello " + i);
    }
    api.clientSays(511, "Calm", "en", "How much is a 19 litre bottle?");
    awaitReplies(511, 1);
    assertThat(api.await(() -> api.confirmedBelow() > 31, WAIT)).isTrue();
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    List<String> toFlooder = api.sentTo(510).stream().map(FakeBotApi.Sent::text).toList();
    assertThat(toFlooder).hasSize(21);
    assertThat(toFlooder.stream().filter(t -> t.equals(Html.escape(phrase("en", "flood"))))).hasSize(1);
    assertThat(toFlooder.get(20)).isEqualTo(Html.escape(phrase("en", "flood")));
    // Every one of the 30 is kept.
    assertThat(bot.db.transcript().last(new ChatId(510), 100).stream()
        .filter(e -> e.direction() == io.frontline.store.Direction.IN)).hasSize(30);
  }

  @Test
  void telegramsRateLimitAnswerIsRespected() throws Exception {
    start(TestBot.fast());
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    api.faults(m -> m.equals("sendmessage") && n.getAndIncrement() == 0
        ? Optional.of(new FakeBotApi.TooManyRequests(1))
        : Optional.empty());
    long started = System.nanoTime();
    api.clientSays(512, "Rita", "en", "hello");
    awaitReplies(512, 1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(bot.bot.stats().rateLimited()).isEqualTo(1);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(512)).hasSize(1);
  }
}
