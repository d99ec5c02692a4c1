package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No loss, no duplicates, through a Bot API that misbehaves: getUpdates and sendMessage answer
 * 429 (retry_after), 500 and 502, hang until the client gives up, drop the connection; getUpdates
 * hands out confirmed updates again. Every client message must get exactly one reply.
 */
class FaultInjectionTest {

  static final int CLIENTS = 40;
  static final int MESSAGES_EACH = 3;

  @TempDir Path dir;

  static final List<String> QUESTIONS =
      List.of(
          "How much is a 19 litre bottle?", "Сколько стоит бутыль 19 литров?", "Do you deliver on Sunday?",
          "Скільки коштує доставка?", "hello", "thank you");

  @Test
  void everyMessageGetsExactlyOneReplyWhateverTheServerDoes() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      Random random = new Random(20261124);
      api.faults(method -> {
        if (!method.equals("getupdates") && !method.equals("sendmessage")) {
          return Optional.empty();
        }
        synchronized (random) {
          int r = random.nextInt(100);
          if (r < 8) {
            return Optional.of(new FakeBotApi.ErrorAnswer(500, "Internal Server Error"));
          } else if (r < 11) {
            return Optional.of(new FakeBotApi.ErrorAnswer(502, "Bad Gateway"));
          } else if (r < 16) {
            return Optional.of(new FakeBotApi.Drop());
          } else if (r < 19) {
            return Optional.of(new FakeBotApi.Hang(Duration.ofSeconds(4)));
          } else if (r < 27 && method.equals("sendmessage")) {
            return Optional.of(new FakeBotApi.TooManyRequests(1));
          }
          return Optional.empty();
        }
      });
      api.redeliver(true); // duplicates: every getUpdates also hands out what was confirmed
      try (TestBot bot = TestBot.polling(api.url(), dir, TestBot.fast())) {
        Map<Long, Integer> expected = new LinkedHashMap<>();
        long last = 0;
        for (int m = 0; m < MESSAGES_EACH; m++) {
          for (int c = 0; c < CLIENTS; c++) {
            long user = 10_000 + c;
            last = api.clientSays(user, "Client" + c, c % 2 == 0 ? "en" : "ru", QUESTIONS.get((c + m) % QUESTIONS.size()));
            expected.merge(user, 1, Integer::sum);
          }
        }
        long lastId = last;
        Duration wait = Duration.ofSeconds(120);
        assertThat(api.await(() -> expected.keySet().stream().allMatch(u -> api.sentTo(u).size() >= MESSAGES_EACH), wait))
            .as("every client answered %d times; got %s", MESSAGES_EACH, counts(api, expected))
            .isTrue();
        api.redeliver(false);
        assertThat(api.await(() -> api.confirmedBelow() > lastId, wait)).isTrue();
        assertThat(bot.awaitQuiet(wait)).isTrue();

        assertThat(counts(api, expected)).as("replies per client").isEqualTo(expected);
        assertThat(api.sent()).hasSize(CLIENTS * MESSAGES_EACH);
        TelegramBot.Stats stats = bot.bot.stats();
        assertThat(stats.failed()).isZero();
        // The faults did happen, and were survived.
        assertThat(stats.transientErrors()).isPositive();
        assertThat(stats.rateLimited()).isPositive();
        assertThat(api.calls("getupdates")).isGreaterThan(1);
        assertThat(api.duplicatesDelivered()).isPositive();
      }
    }
  }

  static Map<Long, Integer> counts(FakeBotApi api, Map<Long, Integer> clients) {
    return clients.keySet().stream()
        .collect(Collectors.toMap(u -> u, u -> api.sentTo(u).size(), (a, b) -> a, LinkedHashMap::new));
  }
}
