package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.store.OutboxMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 2: an outbox row whose send throws before any call is made (a payload that
 * cannot be read, a message id above 2^31) was retried without end, and every later message of its
 * chat waited behind it. Now it is tried a few times, marked failed with the reason, counted, and
 * staff are told which client did not get which reply; the chat's next reply goes out.
 */
class PoisonOutboxTest {

  static final long STAFF = -1001234567890L;
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aRowThatCannotBeSentEndsAndTheChatGoesOn() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.polling(api.url(), dir, TestBot.fast(), Map.of("STAFF_CHAT_ID", Long.toString(STAFF)), Clock.systemUTC())) {
      long client = 901;
      api.clientSays(client, "Olga", "en", "hello");
      assertThat(api.await(() -> api.sentTo(client).size() == 1, WAIT)).isTrue();

      var outbox = OutboxSender.committed(bot.db.outbox(Duration.ofMinutes(1)), bot.db.writes());
      outbox.enqueue(OutboxMessage.of(new ChatId(client), OutboxPayload.TEXT, "{not json", "test:broken-text"));
      outbox.enqueue(OutboxPayload.copy(
          new ChatId(STAFF), new OutboxPayload.Copy(client, 1L << 40, null, OutboxPayload.Where.CHAT), "test:huge-id"));
      api.clientSays(client, "Olga", "en", "thank you");
      api.groupSays(STAFF, 0, 5, "Staff", "a note after the broken copy");

      assertThat(api.await(() -> api.sentTo(client).size() == 2, WAIT)).as("the reply after the broken row").isTrue();
      assertThat(bot.awaitQuiet(WAIT)).as("nothing left in the outbox").isTrue();
      assertThat(bot.bot.stats().failed()).isEqualTo(2);
      assertThat(api.await(
              () -> api.sentTo(STAFF).stream().anyMatch(s -> s.text().contains("Olga") && s.text().contains("could not be sent")),
              WAIT))
          .as("staff told who did not get a reply: %s", api.sentTo(STAFF))
          .isTrue();
    }
  }
}
