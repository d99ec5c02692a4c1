package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import io.frontline.handoff.StaffChannel;
import io.frontline.handoff.StaffCommand;
import io.frontline.handoff.Summarizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named person takes over, in Telegram, against a local Bot API with forum topics: the card in
 * the client's topic, staff answers reaching the client, the client's messages reaching the topic,
 * /done, a topic deleted or closed by hand, strangers ignored, SLA reminders and the backup, a
 * restart in the middle, and direct mode without a staff group.
 */
class HandoffTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long STAFF = -1001234567L;
  static final long CLIENT = 7001;
  static final long ANNA = 100000001; // knowledge/staff.yaml
  static final long ZSOFIA = 100000003;
  static final String COMPLAINT = "I want to file a complaint, the water you delivered yesterday was cloudy and smelled bad";
  /** A Tuesday at 10:00 in the company's time zone: Anna (complaints, English) is on duty. */
  static final Instant TUESDAY_10 = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneId.of("Europe/Uzhgorod")).toInstant();

  @TempDir Path dir;

  FakeBotApi api;
  TestBot bot;
  ShiftedClock clock;

  @BeforeEach
  void startServer() throws Exception {
    api = new FakeBotApi(TestBot.TOKEN);
    clock = new ShiftedClock(TUESDAY_10);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  /** Fast timeouts, and limits loose enough that a card and its context arrive in a moment. */
  static TelegramBot.Tuning tuning() {
    return TestBot.fast().withLimits(100, 50, Duration.ofMillis(5), 50, Duration.ofMillis(5), 8);
  }

  private void start(boolean group) {
    start(group, UnaryOperator.identity());
  }

  private void start(boolean group, UnaryOperator<TelegramBot.Staff> staff) {
    Map<String, String> env = group ? Map.of("STAFF_CHAT_ID", Long.toString(STAFF)) : Map.of();
    bot = TestBot.polling(api.url(), dir, tuning(), env, clock, staff);
  }

  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    assertThat(api.await(condition, WAIT)).as(what + "; sent: " + api.sent() + "; copies: " + api.copies()).isTrue();
  }

  private void quiet() throws InterruptedException {
    assertThat(bot.awaitQuiet(WAIT)).as("the bot settles").isTrue();
  }

  private Optional<Handoff> handoff() {
    return bot.db.handoffs().active(new ChatId(CLIENT));
  }

  private int topicOfClient() throws InterruptedException {
    await("a topic for the client", () -> !api.topics(STAFF).isEmpty());
    return bot.db.handoffs().topic(new ChatId(CLIENT)).orElseThrow().threadId() > 0
        ? (int) bot.db.handoffs().topic(new ChatId(CLIENT)).orElseThrow().threadId()
        : -1;
  }

  private String phrase(String key, Map<String, String> args) {
    return TestBot.frontline().wording().phrases().say("en", key, args);
  }

  /** The complaint, handed over: returns the client's topic. */
  private int complain() throws InterruptedException {
    api.clientSays(CLIENT, "Olga", "en", "How much is a 19 l bottle of water?");
    await("the bot answers the question", () -> api.sentTo(CLIENT).size() == 1);
    api.clientSays(CLIENT, "Olga", "en", COMPLAINT);
    await("the client is told who takes over", () -> api.sentTo(CLIENT).size() == 2);
    quiet();
    return topicOfClient();
  }

  @Test
  void theFullCycleFromComplaintToDone() throws Exception {
    start(true);
    int topic = complain();

    // The client: told the person's name and role, and when.
    assertThat(api.sentTo(CLIENT).get(1).text()).contains("Anna").contains("customer care").contains("15");
    // Staff: one topic, named after the client and the person, with the card mentioning Anna.
    assertThat(api.topics(STAFF)).singleElement().satisfies(t -> assertThat(t.name()).contains("Olga").contains("Anna"));
    List<FakeBotApi.Sent> inTopic = api.sentIn(STAFF, topic);
    assertThat(inTopic).isNotEmpty();
    FakeBotApi.Sent card = inTopic.get(0);
    assertThat(card.parseMode()).isEqualToIgnoringCase("HTML");
    assertThat(card.text())
        .contains("<a href=\"tg://user?id=" + ANNA + "\">Anna</a>")
        .contains("<b>Why:</b>")
        .contains("complain")
        .contains(COMPLAINT)
        .contains("<b>Summary</b>")
        .contains("The bot already said");
    assertThat(inTopic.get(1).text())
        .contains("client: How much is a 19 l bottle of water?")
        .contains("client: " + COMPLAINT)
        .contains("bot: ");
    Handoff h = handoff().orElseThrow();
    assertThat(h.staff()).isEqualTo("anna");
    assertThat(h.stage()).isEqualTo(Stage.WAITING);

    // The client writes again: it goes to the topic, and the client is acknowledged, not answered.
    api.clientSays(CLIENT, "Olga", "en", "It was order 4411, two bottles");
    await("the client's words reach the topic",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().contains("Olga: It was order 4411")));
    await("the client is acknowledged", () -> api.sentTo(CLIENT).size() == 3);
    assertThat(api.sentTo(CLIENT).get(2).text()).isEqualTo(phrase("handoff_waiting", Map.of("staff", "Anna")));

    // A photo: copied into the topic.
    api.clientSendsPhoto(CLIENT, "Olga", "PHOTO-1", "the bottle");
    await("the photo is copied into the topic",
        () -> api.copies().stream().anyMatch(c -> c.chatId() == STAFF && c.thread() == topic && c.fromChat() == CLIENT));

    // Anna answers in the topic: the client gets it as the company (a copy), the topic turns green.
    int copiesToClient = (int) api.copies().stream().filter(c -> c.chatId() == CLIENT).count();
    api.groupSays(STAFF, topic, ANNA, "Anna", "I'm so sorry, Olga! We'll replace both bottles today.");
    await("Anna's answer reaches the client",
        () -> api.copies().stream().filter(c -> c.chatId() == CLIENT && c.fromChat() == STAFF).count() > copiesToClient);
    quiet();
    assertThat(handoff().orElseThrow().stage()).isEqualTo(Stage.ANSWERED);
    assertThat(api.topics(STAFF)).singleElement().satisfies(t -> assertThat(t.name()).startsWith("\uD83D\uDFE2"));

    // The client answers: to the topic, and the bot does not talk over Anna.
    int toClient = api.sentTo(CLIENT).size();
    api.clientSays(CLIENT, "Olga", "en", "Thank you, what time?");
    await("the client's reply reaches the topic",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().contains("Olga: Thank you, what time?")));
    quiet();
    assertThat(api.sentTo(CLIENT)).hasSize(toClient);

    // A note stays in the topic.
    api.groupSays(STAFF, topic, ANNA, "Anna", "/note she is a regular, be generous");
    quiet();
    assertThat(api.copies().stream().filter(c -> c.chatId() == CLIENT && c.fromChat() == STAFF)).hasSize(copiesToClient + 1);

    // /done: the client is told kindly, and the bot answers again.
    api.groupSays(STAFF, topic, ANNA, "Anna", "/done");
    await("the client is told the bot is back", () -> api.sentTo(CLIENT).size() == toClient + 1);
    assertThat(api.sentTo(CLIENT).get(toClient).text()).isEqualTo(phrase("handoff_done", Map.of()));
    quiet();
    assertThat(handoff()).isEmpty();
    assertThat(api.topics(STAFF)).singleElement().satisfies(t -> assertThat(t.name()).startsWith("\u2705"));
    int staffMessages = api.sentIn(STAFF, topic).size();
    api.clientSays(CLIENT, "Olga", "en", "How much is a 19 l bottle of water?");
    await("the bot answers again", () -> api.sentTo(CLIENT).size() == toClient + 2);
    assertThat(api.sentTo(CLIENT).get(toClient + 1).text()).isEqualTo(api.sentTo(CLIENT).get(0).text());
    quiet();
    assertThat(api.sentIn(STAFF, topic)).hasSize(staffMessages);
  }

  @Test
  void aTopicDeletedByHandIsCreatedAgainAndAClosedOneReopened() throws Exception {
    start(true);
    int first = complain();

    api.deleteTopic(STAFF, first);
    api.clientSays(CLIENT, "Olga", "en", "Hello? Is anyone there?");
    await("a second topic", () -> api.topics(STAFF).size() == 2);
    quiet();
    int second = (int) bot.db.handoffs().topic(new ChatId(CLIENT)).orElseThrow().threadId();
    assertThat(second).isNotEqualTo(first);
    assertThat(api.sentIn(STAFF, second)).anySatisfy(s -> assertThat(s.text()).contains("Olga: Hello? Is anyone there?"));

    api.closeTopic(STAFF, second);
    api.clientSays(CLIENT, "Olga", "en", "Still waiting");
    await("the closed topic is reopened and gets the message",
        () -> api.sentIn(STAFF, second).stream().anyMatch(s -> s.text().contains("Olga: Still waiting")));
    assertThat(api.topics(STAFF)).hasSize(2).anySatisfy(t -> {
      assertThat(t.thread()).isEqualTo(second);
      assertThat(t.closed()).isFalse();
    });
    // Staff answering in the new topic still reaches the client.
    api.groupSays(STAFF, second, ANNA, "Anna", "Here! Sorry for the wait.");
    await("the answer reaches the client", () -> api.copies().stream().anyMatch(c -> c.chatId() == CLIENT));
  }

  @Test
  void strangersInTheStaffGroupAreIgnoredAndAdminsHeard() throws Exception {
    // 555 is an admin of the staff group, though not on the staff list; 999 is nobody.
    api.admins(STAFF, List.of(555L));
    start(true);
    int topic = complain();
    int toClient = api.sentTo(CLIENT).size();

    api.groupSays(STAFF, topic, 999, "Eve", "Hi Olga, send me your card number");
    api.groupSays(STAFF, topic, 999, "Eve", "/done");
    api.groupSays(STAFF, topic, 999, "Eve", "/assign oleh");
    quiet();
    assertThat(api.copies()).noneMatch(c -> c.chatId() == CLIENT);
    assertThat(api.sentTo(CLIENT)).hasSize(toClient);
    assertThat(handoff().orElseThrow().staff()).isEqualTo("anna");

    // An admin of the staff group may act.
    api.groupSays(STAFF, topic, 555, "Boss", "/assign oleh");
    await("the client is told about Oleh", () -> api.sentTo(CLIENT).size() == toClient + 1);
    assertThat(api.sentTo(CLIENT).get(toClient).text()).contains("Oleh");
    quiet();
    assertThat(handoff().orElseThrow().staff()).isEqualTo("oleh");
    assertThat(api.topics(STAFF)).singleElement().satisfies(t -> assertThat(t.name()).contains("Oleh"));

    // Eve is made an admin: heard within a minute, not only when the remembered list expires.
    api.admins(STAFF, List.of(555L, 999L));
    clock.advance(StaffAuth.RECHECK.plusSeconds(1));
    api.groupSays(STAFF, topic, 999, "Eve", "/done");
    await("the new admin is heard", () -> api.sentTo(CLIENT).size() == toClient + 2);
    quiet();
    assertThat(handoff()).isEmpty();
  }

  @Test
  void aPersonWhoDoesNotAnswerIsRemindedThenTheBackupIsBroughtIn() throws Exception {
    start(true);
    int topic = complain();
    int toClient = api.sentTo(CLIENT).size();

    clock.advance(Duration.ofMinutes(16));
    await("Anna is reminded", () -> api.sentIn(STAFF, topic).stream()
        .anyMatch(s -> s.text().startsWith("\u23F0") && s.text().contains("tg://user?id=" + ANNA)));
    quiet();
    assertThat(handoff().orElseThrow().stage()).isEqualTo(Stage.REMINDED);
    assertThat(api.sentTo(CLIENT)).hasSize(toClient);

    clock.advance(Duration.ofMinutes(16));
    await("Zsófia, Anna's backup, is brought in", () -> api.sentIn(STAFF, topic).stream()
        .anyMatch(s -> s.text().startsWith("\uD83D\uDEA8") && s.text().contains("tg://user?id=" + ZSOFIA)));
    await("the client is told honestly", () -> api.sentTo(CLIENT).size() == toClient + 1);
    assertThat(api.sentTo(CLIENT).get(toClient).text()).contains("Zsófia").contains("longer");
    quiet();
    assertThat(handoff().orElseThrow()).satisfies(h -> {
      assertThat(h.staff()).isEqualTo("zsofia");
      assertThat(h.stage()).isEqualTo(Stage.BACKUP);
      assertThat(h.due()).isEmpty();
    });
  }

  @Test
  void aRestartInTheMiddleOfAHandoffLosesNothing() throws Exception {
    start(true);
    int topic = complain();
    bot.close();
    bot = null;

    bot = TestBot.polling(api.url(), dir, tuning(), Map.of("STAFF_CHAT_ID", Long.toString(STAFF)), clock);
    api.clientSays(CLIENT, "Olga", "en", "Any news?");
    await("the client's message reaches the same topic",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().contains("Olga: Any news?")));
    assertThat(api.topics(STAFF)).hasSize(1);
    // The timer was in the store: the reminder still comes.
    clock.advance(Duration.ofMinutes(16));
    await("Anna is reminded after the restart", () -> api.sentIn(STAFF, topic).stream()
        .anyMatch(s -> s.text().startsWith("\u23F0")));
    api.groupSays(STAFF, topic, ANNA, "Anna", "On my way with new bottles.");
    await("the answer reaches the client", () -> api.copies().stream().anyMatch(c -> c.chatId() == CLIENT));
  }

  @Test
  void withoutAStaffGroupThePersonWorksInTheirPrivateChat() throws Exception {
    start(false);
    api.clientSays(CLIENT, "Olga", "en", COMPLAINT);
    await("the card goes to Anna's private chat",
        () -> api.sentTo(ANNA).stream().anyMatch(s -> s.text().contains("<b>Why:</b>") && s.text().contains("#client" + CLIENT)));
    api.clientSays(CLIENT, "Olga", "en", "It was order 4411");
    await("the client's words reach Anna, tagged",
        () -> api.sentTo(ANNA).stream().anyMatch(s -> s.text().contains("Olga: It was order 4411") && s.text().contains("#client" + CLIENT)));
    String relayed = api.sentTo(ANNA).stream().filter(s -> s.text().contains("order 4411")).findFirst().orElseThrow().text();

    api.privateReply(ANNA, "Anna", "We will replace it today", relayed);
    await("Anna's reply reaches the client",
        () -> api.copies().stream().anyMatch(c -> c.chatId() == CLIENT && c.fromChat() == ANNA));
    int toClient = api.sentTo(CLIENT).size();
    api.privateReply(ANNA, "Anna", "/done", relayed);
    await("the client is told the bot is back", () -> api.sentTo(CLIENT).size() == toClient + 1);
    assertThat(api.sentTo(CLIENT).get(toClient).text()).isEqualTo(phrase("handoff_done", Map.of()));
    quiet();
    assertThat(handoff()).isEmpty();
    assertThat(api.topics(STAFF)).isEmpty();
  }

  @Test
  void aLongConversationIsAttachedWholeAsATextFile() throws Exception {
    start(true);
    for (int i = 0; i < 16; i++) {
      api.clientSays(CLIENT, "Olga", "en", "Question " + i + ": how much is a 19 l bottle of water?");
      int n = i + 1;
      await("answer " + n, () -> api.sentTo(CLIENT).size() == n);
    }
    api.clientSays(CLIENT, "Olga", "en", COMPLAINT);
    await("the conversation as a file", () -> !api.documents().isEmpty());
    FakeBotApi.Document d = api.documents().get(0);
    assertThat(d.chatId()).isEqualTo(STAFF);
    assertThat(d.fileName()).isEqualTo("conversation-" + CLIENT + ".txt");
    assertThat(d.content()).contains("client: Question 0: how much").contains("client: " + COMPLAINT);
    assertThat(d.content().lines().count()).isGreaterThan(30);
  }

  @Test
  void aModelMayWriteTheSummaryAndTheReasonsStandInWhenItFails() throws Exception {
    Summarizer model = in -> "MODEL: " + in.topic() + ", " + in.transcript().size() + " lines read";
    start(true, staff -> staff.withSummarizer(model));
    int topic = complain();
    assertThat(api.sentIn(STAFF, topic).get(0).text()).contains("MODEL: complaint, 4 lines read");
    bot.close();
    bot = null;

    Summarizer broken = in -> {
      throw new IllegalStateException("the model is down");
    };
    start(true, staff -> staff.withSummarizer(broken));
    api.groupSays(STAFF, topic, ANNA, "Anna", "/who");
    await("the card again, its summary from the reasons", () -> api.sentIn(STAFF, topic).stream()
        .filter(s -> s.text().contains("<b>Summary</b>")).count() == 2);
    String again = api.sentIn(STAFF, topic).stream().filter(s -> s.text().contains("<b>Summary</b>")).toList().get(1).text();
    assertThat(again).contains("Complaint: the client complains.").doesNotContain("MODEL");
  }

  @Test
  void otherPartsPostThroughTheStaffChannelAndAddStaffCommands() throws Exception {
    StaffCommand ping =
        new StaffCommand() {
          @Override
          public String name() {
            return "ping";
          }

          @Override
          public String help() {
            return "answers pong";
          }

          @Override
          public Optional<String> run(Request r) {
            return Optional.of("pong for " + r.staff() + r.client().map(c -> " about " + c.value()).orElse(""));
          }
        };
    start(true, staff -> staff.withCommands(List.of(ping)));
    int topic = complain();

    api.groupSays(STAFF, topic, ANNA, "Anna", "/ping");
    await("the extra command answers in the topic",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().equals("pong for anna about " + CLIENT)));
    api.groupSays(STAFF, 0, ANNA, "Anna", "/help");
    await("/help lists it, in the General topic",
        () -> api.sentIn(STAFF, 0).stream().anyMatch(s -> s.text().contains("/ping — answers pong")));

    StaffChannel channel = bot.bot.staffChannel();
    bot.db.inTransaction(() -> {
      channel.post(new StaffChannel.Post(Optional.of(new ChatId(CLIENT)), Optional.of("oleh"), "Order #12 <5 bottles> is Olga's", "order:12"));
      channel.post(new StaffChannel.Post(Optional.empty(), Optional.empty(), "Weekly summary: 3 hand-overs", "weekly:48"));
      // The same key again: nothing more is sent.
      channel.post(new StaffChannel.Post(Optional.empty(), Optional.empty(), "Weekly summary: 3 hand-overs", "weekly:48"));
    });
    await("the order card in the client's topic, mentioning Oleh",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().contains("tg://user?id=100000002")
            && s.text().contains("Order #12 &lt;5 bottles&gt; is Olga's")));
    await("the summary in the General topic",
        () -> api.sentIn(STAFF, 0).stream().anyMatch(s -> s.text().equals("Weekly summary: 3 hand-overs")));
    quiet();
    assertThat(api.sentIn(STAFF, 0).stream().filter(s -> s.text().startsWith("Weekly summary"))).hasSize(1);
  }

  @Test
  void aClientWritingAtNightIsToldHonestlyWhenThePersonIsBack() throws Exception {
    clock = new ShiftedClock(TUESDAY_10.plus(Duration.ofHours(12))); // 22:00: nobody is on duty
    start(true);
    int topic = complain();
    assertThat(handoff().orElseThrow().due()).contains(
        ZonedDateTime.of(2026, 11, 25, 9, 15, 0, 0, ZoneId.of("Europe/Uzhgorod")).toInstant());
    api.clientSays(CLIENT, "Olga", "en", "Hello?");
    await("the client is acknowledged", () -> api.sentTo(CLIENT).size() == 3);
    assertThat(api.sentTo(CLIENT).get(2).text()).contains("Anna").contains("tomorrow from 9:00");
    await("the client's words reach the topic",
        () -> api.sentIn(STAFF, topic).stream().anyMatch(s -> s.text().contains("Olga: Hello?")));
  }
}
