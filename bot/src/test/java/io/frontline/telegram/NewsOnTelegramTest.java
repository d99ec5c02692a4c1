package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staying in touch over long polling against a local Bot API that enforces Telegram's sending
 * limits (429 past them): clients opt in and out, staff write /news in the staff group, see a
 * preview with the subscribers per language, send it, and exactly the subscribers get it, each in
 * their language, with an unsubscribe button, and not one 429.
 */
class NewsOnTelegramTest {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final long STAFF = -1001234567L;
  static final long ANNA = 100000001; // knowledge/staff.yaml
  static final long STRANGER = 555;
  static final int SUBSCRIBERS = 40;
  static final long FIRST = 8000;
  static final long NEVER = 8100;
  static final long LEFT = 8101;
  static final List<String> LANGS = List.of("ru", "uk", "en", "de");
  static final String EN = "From Monday we deliver on Saturdays too.";
  static final String RU = "С понедельника доставляем и по субботам.";
  static final String UK = "З понеділка доставляємо й у суботу.";

  @TempDir Path dir;

  FakeBotApi api;
  TestBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi(TestBot.TOKEN);
    api.limits(FakeBotApi.Limits.TELEGRAM);
    // The bot's own limits (the defaults) are what keeps it under the server's.
    bot = TestBot.polling(
        api.url(), dir, TestBot.fast(), Map.of("STAFF_CHAT_ID", Long.toString(STAFF)), Clock.systemUTC(),
        UnaryOperator.identity());
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    assertThat(api.await(condition, WAIT)).as(what + "; sent: " + api.sent()).isTrue();
  }

  private static String phrase(String lang, String key) {
    return Html.escape(TestBot.frontline().wording().phrases().say(lang, key));
  }

  private String lastStaffReply() {
    List<FakeBotApi.Sent> s = api.sentTo(STAFF);
    return s.isEmpty() ? "" : s.get(s.size() - 1).text();
  }

  @Test
  void newsReachesExactlyTheSubscribersInTheirLanguageWithinTelegramsLimits() throws Exception {
    List<Long> subscribers = new ArrayList<>();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      long chat = FIRST + i;
      subscribers.add(chat);
      api.clientSays(chat, "Client" + i, LANGS.get(i % LANGS.size()), "/subscribe");
    }
    api.clientSays(NEVER, "Nora", "en", "How much is a 19 litre bottle?");
    api.clientSays(LEFT, "Lena", "ru", "/subscribe");
    await("every subscriber thanked", () -> subscribers.stream().allMatch(c -> api.sentTo(c).size() == 1));
    await("Lena subscribed", () -> api.sentTo(LEFT).size() == 1);
    assertThat(api.sentTo(FIRST).get(0).text()).isEqualTo(phrase("ru", "subscribe_done"));
    assertThat(api.sentTo(FIRST + 2).get(0).text()).isEqualTo(phrase("en", "subscribe_done"));
    api.clientSays(LEFT, "Lena", "ru", "/unsubscribe");
    await("Lena unsubscribed", () -> api.sentTo(LEFT).size() == 2);
    assertThat(api.sentTo(LEFT).get(1).text()).isEqualTo(phrase("ru", "unsubscribe_done"));
    api.clientSays(FIRST, "Client0", "ru", "/subscribe");
    await("a second /subscribe answered", () -> api.sentTo(FIRST).size() == 2);
    assertThat(api.sentTo(FIRST).get(1).text()).isEqualTo(phrase("ru", "subscribe_already"));
    await("Nora answered", () -> api.sentTo(NEVER).size() == 1);

    // Someone in the group who is not staff: ignored, no draft.
    api.groupSays(STAFF, 0, STRANGER, "Eve", "/news Buy our stuff");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.subscriptions().currentDraft()).isEmpty();
    assertThat(api.sentTo(STAFF)).isEmpty();

    api.groupSays(STAFF, 0, ANNA, "Anna", "/news " + EN + "\nru: " + RU + "\nuk: " + UK);
    await("a preview for staff", () -> lastStaffReply().contains("/news send"));
    assertThat(lastStaffReply())
        .contains("for " + SUBSCRIBERS + " subscriber(s)")
        .contains("de 10").contains("en 10").contains("ru 10").contains("uk 10")
        .contains(EN).contains("[ru] " + RU).contains("[uk] " + UK);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    int before = api.sent().size();
    assertThat(subscribers).allMatch(c -> api.sentTo(c).size() == (c == FIRST ? 2 : 1));

    api.groupSays(STAFF, 0, ANNA, "Anna", "/news send");
    await("news to every subscriber", () -> subscribers.stream().allMatch(c -> api.sentTo(c).size() == (c == FIRST ? 3 : 2)));
    await("staff told", () -> lastStaffReply().contains("on its way to " + SUBSCRIBERS));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();

    // Exactly one news message per subscriber (and the note to staff), nothing else, no 429.
    assertThat(api.sent().size() - before).isEqualTo(SUBSCRIBERS + 1);
    assertThat(api.limitRejections()).isZero();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      List<FakeBotApi.Sent> got = api.sentTo(FIRST + i);
      FakeBotApi.Sent news = got.get(got.size() - 1);
      String expected = switch (LANGS.get(i % LANGS.size())) {
        case "ru" -> RU;
        case "uk" -> UK;
        default -> EN; // English, and German which has no translation: the text for everyone
      };
      assertThat(news.text()).as("client %d", i).isEqualTo(expected);
      assertThat(news.replyMarkup().toString()).contains(NewsSubscriptions.UNSUBSCRIBE_BUTTON)
          .contains(phrase(LANGS.get(i % LANGS.size()), "news_unsubscribe_button"));
    }
    assertThat(api.sentTo(NEVER)).hasSize(1);
    assertThat(api.sentTo(LEFT)).hasSize(2);
    assertThat(bot.db.subscriptions().find(1).orElseThrow().recipients()).contains(SUBSCRIBERS);

    // Sending again sends nothing: the draft is gone.
    api.groupSays(STAFF, 0, ANNA, "Anna", "/news send");
    await("staff told there is no draft", () -> lastStaffReply().contains("no news draft"));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sent().size() - before).isEqualTo(SUBSCRIBERS + 2);

    // One tap under the news unsubscribes.
    api.clientPresses(FIRST + 1, NewsSubscriptions.UNSUBSCRIBE_BUTTON);
    await("unsubscribed by the button", () -> api.sentTo(FIRST + 1).size() == 3);
    assertThat(api.sentTo(FIRST + 1).get(2).text()).isEqualTo(phrase("uk", "unsubscribe_done"));
    assertThat(bot.db.subscriptions().isSubscribed(new ChatId(FIRST + 1))).isFalse();
    assertThat(bot.db.subscriptions().subscribers()).hasSize(SUBSCRIBERS - 1);
  }

  @Test
  void aDroppedDraftIsNeverSentAndClientsCannotSendNews() throws Exception {
    api.clientSays(FIRST, "Olga", "uk", "/subscribe");
    await("subscribed", () -> api.sentTo(FIRST).size() == 1);
    // A client typing /news gets the help, and no draft exists.
    api.clientSays(FIRST, "Olga", "uk", "/news send");
    await("help", () -> api.sentTo(FIRST).size() == 2);
    assertThat(bot.db.subscriptions().currentDraft()).isEmpty();

    api.groupSays(STAFF, 0, ANNA, "Anna", "/news Closed on Friday.");
    await("preview", () -> lastStaffReply().contains("for 1 subscriber(s): uk 1"));
    api.groupSays(STAFF, 0, ANNA, "Anna", "/news cancel");
    await("dropped", () -> lastStaffReply().contains("dropped"));
    api.groupSays(STAFF, 0, ANNA, "Anna", "/news send");
    await("nothing to send", () -> lastStaffReply().contains("no news draft"));
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(FIRST)).hasSize(2);
  }

  @Test
  void theFirstOrderIsFollowedByAnOfferOfNewsOnceAndOneTapSubscribes() throws Exception {
    long client = 7001;
    String[] steps = {"I'd like to order 12 bottles of water", "Korzo 5, flat 3"};
    for (int i = 0; i < steps.length; i++) {
      api.clientSays(client, "Anne", "en", steps[i]);
      int n = i + 1;
      await("reply " + n, () -> api.sentTo(client).size() == n);
    }
    api.clientPresses(client, "order:slot:1");
    await("summary", () -> api.sentTo(client).size() == 3);
    api.clientPresses(client, "order:yes");
    await("placed", () -> api.sentTo(client).size() == 4);
    FakeBotApi.Sent placed = api.sentTo(client).get(3);
    assertThat(placed.text()).contains("your order is placed");
    assertThat(placed.replyMarkup().toString()).contains(NewsSubscriptions.SUBSCRIBE_BUTTON).contains(phrase("en", "subscribe_button"));
    assertThat(bot.db.subscriptions().isSubscribed(new ChatId(client))).isFalse();

    api.clientPresses(client, NewsSubscriptions.SUBSCRIBE_BUTTON);
    await("subscribed", () -> api.sentTo(client).size() == 5);
    assertThat(api.sentTo(client).get(4).text()).isEqualTo(phrase("en", "subscribe_done"));
    assertThat(bot.db.subscriptions().isSubscribed(new ChatId(client))).isTrue();

    // Only that one message carried the offer.
    api.clientSays(client, "Anne", "en", "I'd like to order 12 bottles of water");
    await("second order started", () -> api.sentTo(client).size() == 6);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.sentTo(client).stream().filter(m -> m.replyMarkup() != null
        && m.replyMarkup().toString().contains(NewsSubscriptions.SUBSCRIBE_BUTTON))).hasSize(1);
  }
}
