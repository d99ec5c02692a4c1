package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /forget over long polling against a local Bot API: after the client confirms, no table of the
 * store holds the client's id, name, words or address; their order stays, anonymised. The one
 * trace left is the outbox row of the last message ("your data is deleted"), which the retention
 * sweep removes a day after it was delivered.
 */
class ForgetTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long CLIENT = 770_077_001L;
  static final String NAME = "Zoltanka";
  static final String ADDRESS = "Kapushanska 77, flat 12";

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

  private void awaitReplies(int n) throws InterruptedException {
    assertThat(api.await(() -> api.sentTo(CLIENT).size() >= n, WAIT)).as("%d replies; got %s", n, api.sentTo(CLIENT)).isTrue();
  }

  /** Every row of every table, as text, with the table's name: what the store holds. */
  private List<String> everyRow() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("frontline.db"));
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (t.next()) {
          tables.add(t.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder(table).append(':');
            for (int i = 1; i <= columns; i++) {
              row.append(' ').append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  private static boolean personal(String row) {
    return row.contains(String.valueOf(CLIENT)) || row.contains(NAME) || row.contains("Kapushanska") || row.contains("bottles of water");
  }

  @Test
  void afterConfirmationNoTableHoldsTheClientAndTheOrderStaysAnonymised() throws Exception {
    api.clientSays(CLIENT, NAME, "en", "I'd like to order 3 bottles of water");
    awaitReplies(1);
    api.clientSays(CLIENT, NAME, "en", ADDRESS);
    awaitReplies(2);
    api.clientPresses(CLIENT, "order:slot:1");
    awaitReplies(3);
    api.clientPresses(CLIENT, "order:yes");
    awaitReplies(4);
    api.clientSays(CLIENT, NAME, "en", "/forget");
    awaitReplies(5);
    assertThat(api.sentTo(CLIENT).get(4).replyMarkup().toString()).contains("forget:yes").contains("forget:no");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(everyRow().stream().filter(ForgetTest::personal)).as("before: the client is in the store").isNotEmpty();

    api.clientPresses(CLIENT, "forget:yes");
    awaitReplies(6);
    assertThat(api.sentTo(CLIENT).get(5).text()).contains("deleted your data");
    assertThat(bot.awaitQuiet(WAIT)).isTrue();

    List<String> left = everyRow().stream().filter(ForgetTest::personal).toList();
    // Only the last message's outbox row, which Telegram needed to deliver it.
    assertThat(left).allSatisfy(row -> assertThat(row).startsWith("outbox:").doesNotContain(NAME).doesNotContain("Kapushanska"));
    assertThat(left).hasSizeLessThanOrEqualTo(2); // the message and the answer to the button
    assertThat(bot.db.orders().find(1)).hasValueSatisfying(o -> {
      assertThat(o.chat()).isEmpty();
      assertThat(o.order().address()).isEmpty();
      assertThat(o.order().total()).isEqualByComparingTo("300");
    });
    assertThat(bot.db.clients().find(new ChatId(CLIENT))).isEmpty();

    // A day after delivery the retention sweep takes the last rows too.
    bot.db.eraser().dropHistoryBefore(Instant.now().minus(Duration.ofDays(365)), Instant.now().plusSeconds(1));
    assertThat(everyRow().stream().filter(ForgetTest::personal)).isEmpty();
  }

  @Test
  void sayingNoKeepsEverything() throws Exception {
    api.clientSays(CLIENT, NAME, "en", "/forget");
    awaitReplies(1);
    api.clientPresses(CLIENT, "forget:no");
    awaitReplies(2);
    assertThat(bot.awaitQuiet(WAIT)).isTrue();
    assertThat(bot.db.clients().find(new ChatId(CLIENT))).isPresent();
  }
}
