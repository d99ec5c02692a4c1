package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 4: after /forget the client's name was still in the staff group's journal
 * rows (their topic, a person's reply naming them, a /note) and in the SQLite file's free pages:
 * {@code strings} on the database found it. Now every byte of the database files is searched.
 */
class ForgetEverywhereTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long STAFF = -1001234567L;
  static final long CLIENT = 770_077_002L;
  static final long ANNA = 100000001; // knowledge/staff.yaml
  static final String NAME = "Zoltanka";
  /** A Tuesday at 10:00 in the company's time zone: Anna (complaints) is on duty. */
  static final Instant TUESDAY_10 = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneId.of("Europe/Uzhgorod")).toInstant();

  @TempDir Path dir;

  @Test
  void noByteOfTheDatabaseNamesTheClientAfterForget() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.polling(
            api.url(), dir, HandoffTest.tuning(), Map.of("STAFF_CHAT_ID", Long.toString(STAFF)), new ShiftedClock(TUESDAY_10))) {
      api.clientSays(CLIENT, NAME, "en", "I want to file a complaint, the water you delivered yesterday was cloudy");
      assertThat(api.await(() -> bot.db.handoffs().topic(new ChatId(CLIENT)).isPresent(), WAIT)).isTrue();
      int topic = (int) bot.db.handoffs().topic(new ChatId(CLIENT)).orElseThrow().threadId();
      api.groupSays(STAFF, topic, ANNA, "Anna", "So sorry, " + NAME + "! We will replace it today.");
      api.groupSays(STAFF, topic, ANNA, "Anna", "/note " + NAME + " is a regular, be generous");
      assertThat(api.await(() -> api.copies().stream().anyMatch(c -> c.chatId() == CLIENT), WAIT)).isTrue();
      assertThat(bot.awaitQuiet(WAIT)).isTrue();
      assertThat(bytesNaming(NAME)).as("before: the store knows the client").isPositive();

      // During the hand-over: /forget is the bot's to ask, not passed on to the person.
      int before = api.sentTo(CLIENT).size();
      api.clientSays(CLIENT, NAME, "en", "/forget");
      assertThat(api.await(() -> api.sentTo(CLIENT).size() == before + 1, WAIT)).isTrue();
      assertThat(api.sentTo(CLIENT).get(before).replyMarkup().toString()).contains("forget:yes");
      api.clientPresses(CLIENT, "forget:yes");
      assertThat(api.await(() -> api.sentTo(CLIENT).size() == before + 2, WAIT)).isTrue();
      assertThat(bot.awaitQuiet(WAIT)).isTrue();

      assertThat(bytesNaming(NAME)).as("occurrences of the name in the database files").isZero();
    }
  }

  /** How often {@code word} occurs in the database and its logs, byte for byte (what strings(1) finds). */
  private long bytesNaming(String word) throws Exception {
    byte[] needle = word.getBytes(StandardCharsets.UTF_8);
    long n = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("frontline.db")).toList()) {
        byte[] b = Files.readAllBytes(f);
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
          for (int j = 0; j < needle.length; j++) {
            if (b[i + j] != needle[j]) {
              continue outer;
            }
          }
          n++;
        }
      }
    }
    return n;
  }
}
