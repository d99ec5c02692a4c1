package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits on a synthetic timeline: no clock, no sleeping. */
class RateLimiterTest {

  static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void aChatGetsItsBurstThenOneMessagePerInterval() {
    RateLimiter l = new RateLimiter(
        RateLimiter.Limit.perSecond(1000, 1000), new RateLimiter.Limit(2, Duration.ofSeconds(1)),
        new RateLimiter.Limit(1, Duration.ofSeconds(3)));
    ChatId chat = new ChatId(7);
    assertThat(l.tryAcquire(chat, T0)).isTrue();
    assertThat(l.tryAcquire(chat, T0)).isTrue();
    assertThat(l.tryAcquire(chat, T0)).isFalse();
    assertThat(l.nextAllowed(chat, T0)).isEqualTo(T0.plusSeconds(1));
    assertThat(l.tryAcquire(chat, T0.plusMillis(999))).isFalse();
    // Another chat is not held back.
    assertThat(l.tryAcquire(new ChatId(8), T0.plusMillis(999))).isTrue();
    assertThat(l.tryAcquire(chat, T0.plusSeconds(1))).isTrue();
  }

  /** Issue 15: two instances sending for one bot each keep half of Telegram's limits. */
  @Test
  void twoInstancesTogetherKeepOneBotsLimits() {
    RateLimiter a = RateLimiter.telegramDefaults();
    RateLimiter b = RateLimiter.telegramDefaults();
    a.share(2);
    b.share(2);
    List<Instant> sent = new ArrayList<>();
    ChatId group = new ChatId(-100123);
    List<Instant> toGroup = new ArrayList<>();
    for (Instant t = T0; t.isBefore(T0.plusSeconds(120)); t = t.plusMillis(5)) {
      for (RateLimiter l : List.of(a, b)) {
        // Every instance tries a new private chat each time (only the overall limit holds it back)...
        if (l.tryAcquire(new ChatId(1 + sent.size()), t)) {
          sent.add(t);
        }
        // ...and the staff group.
        if (l.tryAcquire(group, t)) {
          toGroup.add(t);
        }
      }
    }
    assertThat(maxInWindow(sent, Duration.ofSeconds(1))).isLessThanOrEqualTo(30);
    assertThat(maxInWindow(toGroup, Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
    assertThat(sent.size()).as("and together they still send about 25 a second").isGreaterThan(2_500);
  }

  @Test
  void groupsGetTwentyAMinuteAtMost() {
    RateLimiter l = RateLimiter.telegramDefaults();
    ChatId group = new ChatId(-100123);
    List<Instant> sent = new ArrayList<>();
    for (Instant t = T0; t.isBefore(T0.plusSeconds(600)); t = t.plusMillis(100)) {
      if (l.tryAcquire(group, t)) {
        sent.add(t);
      }
    }
    assertThat(maxInWindow(sent, Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
    assertThat(sent.size()).isGreaterThan(150); // and it does send, steadily
  }

  @Test
  void overallNeverMoreThanThirtyInAnySecond() {
    RateLimiter l = RateLimiter.telegramDefaults();
    List<Instant> sent = new ArrayList<>();
    long chat = 1;
    for (Instant t = T0; t.isBefore(T0.plusSeconds(20)); t = t.plusMillis(5)) {
      for (int i = 0; i < 10; i++) { // many chats want to send at every moment
        if (l.tryAcquire(new ChatId(chat++), t)) {
          sent.add(t);
        }
      }
    }
    assertThat(maxInWindow(sent, Duration.ofSeconds(1))).isLessThanOrEqualTo(30);
    assertThat(sent.size()).isBetween(20 * 24, 20 * 30);
  }

  @Test
  void availableCountsWhatMayGoAtOnce() {
    RateLimiter l = new RateLimiter(
        RateLimiter.Limit.perSecond(10, 5), new RateLimiter.Limit(1, Duration.ofMillis(1)),
        new RateLimiter.Limit(1, Duration.ofMillis(1)));
    assertThat(l.globalAvailable(T0)).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(l.tryAcquire(new ChatId(i + 1), T0)).isTrue();
    }
    assertThat(l.globalAvailable(T0)).isZero();
    assertThat(l.globalNextAllowed(T0)).isEqualTo(T0.plusMillis(100));
    assertThat(l.globalAvailable(T0.plusMillis(100))).isEqualTo(1);
  }

  @Test
  void aPauseFromTelegramHoldsTheChat() {
    RateLimiter l = RateLimiter.telegramDefaults();
    ChatId chat = new ChatId(9);
    l.pause(chat, T0.plusSeconds(7));
    assertThat(l.tryAcquire(chat, T0.plusSeconds(6))).isFalse();
    assertThat(l.nextAllowed(chat, T0)).isEqualTo(T0.plusSeconds(7));
    assertThat(l.tryAcquire(chat, T0.plusSeconds(7))).isTrue();
  }

  static int maxInWindow(List<Instant> times, Duration window) {
    int max = 0;
    int from = 0;
    for (int i = 0; i < times.size(); i++) {
      while (!times.get(from).isAfter(times.get(i).minus(window))) {
        from++;
      }
      max = Math.max(max, i - from + 1);
    }
    return max;
  }
}
