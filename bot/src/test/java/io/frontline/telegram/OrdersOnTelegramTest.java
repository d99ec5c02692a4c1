package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.knowledge.StaffMember;
import io.frontline.order.OrderStatus;
import io.frontline.store.StoredOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order from the first message to "delivered", over long polling against a local Bot API: the
 * client types and taps buttons, the person who handles orders gets the card (direct mode: in
 * their private chat, through the staff workspace's channel) and closes it with /order N done, and the client then hears the real status.
 */
class OrdersOnTelegramTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long CLIENT = 7001;

  @TempDir Path dir;

  FakeBotApi api;
  TestBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi(TestBot.TOKEN);
    bot = TestBot.polling(api.url(), dir, TestBot.fast());
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  private FakeBotApi.Sent awaitReply(long chat, int n) throws InterruptedException {
    assertThat(api.await(() -> api.sentTo(chat).size() >= n, WAIT))
        .as("%d messages to chat %d; got %s", n, chat, api.sentTo(chat))
        .isTrue();
    return api.sentTo(chat).get(n - 1);
  }

  @Test
  void aClientOrdersWithButtonsStaffCloseTheOrderAndTheClientHearsTheRealStatus() throws Exception {
    api.clientSays(CLIENT, "Anne", "en", "I'd like to order 12 bottles of water");
    assertThat(awaitReply(CLIENT, 1).text()).contains("address");

    api.clientSays(CLIENT, "Anne", "en", "Korzo 5, flat 3");
    FakeBotApi.Sent slots = awaitReply(CLIENT, 2);
    assertThat(slots.replyMarkup().toString()).contains("order:slot:1").contains("order:slot:4");

    api.clientPresses(CLIENT, "order:slot:1");
    FakeBotApi.Sent summary = awaitReply(CLIENT, 3);
    assertThat(summary.text()).contains("1080 UAH").contains("Korzo 5, flat 3");
    assertThat(summary.replyMarkup().toString()).contains("order:yes").contains("order:no");

    api.clientPresses(CLIENT, "order:yes");
    FakeBotApi.Sent placed = awaitReply(CLIENT, 4);
    assertThat(placed.text()).contains("your order is placed");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();

    // Recorded once, with the total from the catalog, and the card went to the person named in the reply.
    StoredOrder order = bot.db.orders().find(1).orElseThrow();
    assertThat(bot.db.orders().find(2)).isEmpty();
    assertThat(order.chat()).contains(new ChatId(CLIENT));
    assertThat(order.order().total()).isEqualByComparingTo("1080");
    StaffMember handler = TestBot.frontline().knowledge().staffMember(order.handler()).orElseThrow();
    assertThat(placed.text()).contains(handler.name().in("en", "en"));
    long staffChat = handler.telegramUserId();
    FakeBotApi.Sent card = awaitReply(staffChat, 1);
    assertThat(card.text()).contains("#1").contains("12 × ").contains("1080 UAH").contains("Korzo 5, flat 3").contains("/order 1 done");

    // Someone who is not staff cannot close it.
    api.clientSays(CLIENT, "Anne", "en", "/order 1 done");
    awaitReply(CLIENT, 5);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.orders().find(1).orElseThrow().order().status()).isEqualTo(OrderStatus.PLACED);

    api.clientSays(staffChat, handler.name().in("en", "en"), "en", "/order 1 done");
    // In the handler's own language (the first they speak).
    assertThat(awaitReply(staffChat, 2).text()).contains("#1");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.orders().find(1).orElseThrow().order().status()).isEqualTo(OrderStatus.DONE);

    api.clientSays(CLIENT, "Anne", "en", "Where is my order?");
    assertThat(awaitReply(CLIENT, 6).text()).contains("has been delivered");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(api.callbackAnswers()).hasSize(2);
  }

  @Test
  void theCancelButtonDropsTheOrderAndNothingIsRecorded() throws Exception {
    Instant from = Instant.now();
    api.clientSays(CLIENT, "Petro", "uk", "Хочу замовити 3 бутлі води");
    awaitReply(CLIENT, 1);
    api.clientSays(CLIENT, "Petro", "uk", "вул. Корзо 1");
    awaitReply(CLIENT, 2);
    api.clientPresses(CLIENT, "order:slot:2");
    awaitReply(CLIENT, 3);
    api.clientPresses(CLIENT, "order:no");
    assertThat(awaitReply(CLIENT, 4).text()).contains("скасувала");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.orders().of(new ChatId(CLIENT), Instant.now()).orders()).isEmpty();
    List<String> staffChats =
        TestBot.frontline().knowledge().staff().stream().map(s -> String.valueOf(s.telegramUserId())).toList();
    assertThat(api.sent()).noneMatch(s -> staffChats.contains(String.valueOf(s.chatId())));
    assertThat(bot.db.decisions().between(from, Instant.now().plusSeconds(5))).hasSize(4);
  }
}
