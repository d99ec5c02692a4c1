package io.frontline.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.conversation.ChatId;
import java.time.Duration;
import java.time.Instant;

/**
 * Telegram's sending limits, kept on our side so Telegram never has to refuse us: overall, per
 * private chat, per group. Each is a GCRA ("leaky bucket as a meter"): one message per
 * {@code interval} on average, up to {@code burst} at once after a quiet spell. Not thread-safe:
 * the outbox sender's pump is its only user, one call at a time.
 *
 * <p>Several instances sending for one bot {@linkplain #share share} the limits: with {@code n}
 * alive, each sends at most one message per {@code n * interval} and {@code burst / n} at once
 * (at least one), so together they stay within what Telegram allows one bot.
 */
final class RateLimiter {

  /**
   * One message per {@code interval}, {@code burst} at once. In any window of length W at most
   * {@code 1 + (W + (burst - 1) * interval) / interval} messages pass.
   */
  record Limit(int burst, Duration interval) {
    Limit {
      if (burst < 1) {
        throw new IllegalArgumentException("burst must be at least 1, was " + burst);
      }
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive, was " + interval);
      }
    }

    /** {@code perSecond} messages a second on average, {@code burst} at once. */
    static Limit perSecond(double perSecond, int burst) {
      return new Limit(burst, Duration.ofNanos((long) (1_000_000_000L / perSecond)));
    }
  }

  /** One meter: the theoretical arrival time of the next message. */
  private final class Meter {
    private final Limit limit;
    private long intervalNanos;
    private long toleranceNanos;
    private int sharedBy;
    private long tat = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;

    Meter(Limit limit) {
      this.limit = limit;
      fit();
    }

    /** Takes this instance's share of the limit, when the number of instances changed. */
    private void fit() {
      int n = share;
      if (n == sharedBy) {
        return;
      }
      sharedBy = n;
      intervalNanos = limit.interval().toNanos() * n;
      toleranceNanos = (Math.max(1, limit.burst() / n) - 1) * intervalNanos;
    }

    long nextAllowed(long now) {
      fit();
      long next = tat == Long.MIN_VALUE ? now : Math.max(now, tat - toleranceNanos);
      return Math.max(next, pausedUntil);
    }

    /** How many messages may go at once now. */
    long available(long now) {
      fit();
      if (nextAllowed(now) > now) {
        return 0;
      }
      long base = tat == Long.MIN_VALUE ? now : Math.max(tat, now);
      return (now + toleranceNanos - base) / intervalNanos + 1;
    }

    void take(long now) {
      long base = tat == Long.MIN_VALUE ? now : Math.max(tat, now);
      tat = base + intervalNanos;
    }
  }

  private final Limit perChat;
  private final Limit perGroup;
  private volatile int share = 1;
  private final Meter global;
  private final Cache<ChatId, Meter> chats;

  RateLimiter(Limit global, Limit perChat, Limit perGroup) {
    this.perChat = perChat;
    this.perGroup = perGroup;
    this.global = new Meter(global);
    // A chat quiet for a few minutes is back to a full burst; forgetting it changes nothing.
    this.chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).build();
  }

  /** Telegram's documented limits, with a margin so jitter on the way never crosses them. */
  static RateLimiter telegramDefaults() {
    return new RateLimiter(
        Limit.perSecond(25, 3),                    // "about 30 messages per second" overall
        new Limit(2, Duration.ofSeconds(1)),       // "one message per second" per chat, short bursts
        new Limit(2, Duration.ofMillis(3_200)));   // "20 messages per minute" per group
  }

  /** {@code instances} instances (at least 1) send for this bot now; each keeps its share. */
  void share(int instances) {
    share = Math.max(1, instances);
  }

  /** How many instances this one shares the limits with, itself included. */
  int sharedBy() {
    return share;
  }

  /** How many messages may go out right now, whatever their chats. */
  long globalAvailable(Instant now) {
    return global.available(nanos(now));
  }

  /** When the next message may go out overall. */
  Instant globalNextAllowed(Instant now) {
    return Instant.EPOCH.plusNanos(global.nextAllowed(nanos(now)));
  }

  /** When the next message to {@code chat} may go out (now, or later). */
  Instant nextAllowed(ChatId chat, Instant now) {
    long t = nanos(now);
    return Instant.EPOCH.plusNanos(Math.max(meter(chat).nextAllowed(t), global.nextAllowed(t)));
  }

  /** Takes one message's room to {@code chat}, if there is room now. */
  boolean tryAcquire(ChatId chat, Instant now) {
    long t = nanos(now);
    Meter m = meter(chat);
    if (m.nextAllowed(t) > t || global.nextAllowed(t) > t) {
      return false;
    }
    m.take(t);
    global.take(t);
    return true;
  }

  /** Telegram asked us to wait (429): nothing more to {@code chat} before {@code until}. */
  void pause(ChatId chat, Instant until) {
    Meter m = meter(chat);
    m.pausedUntil = Math.max(m.pausedUntil, nanos(until));
  }

  private Meter meter(ChatId chat) {
    // Private chats have positive ids (the user's); groups, supergroups and channels negative.
    return chats.get(chat, c -> new Meter(c.value() < 0 ? perGroup : perChat));
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }
}
