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
  private static final class Meter {
    private final long intervalNanos;
    private final long toleranceNanos;
    private long tat = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;

    Meter(Limit limit) {
      this.intervalNanos = limit.interval().toNanos();
      this.toleranceNanos = (limit.burst() - 1) * intervalNanos;
    }

    long nextAllowed(long now) {
      long next = tat == Long.MIN_VALUE ? now : Math.max(now, tat - toleranceNanos);
      return Math.max(next, pausedUntil);
    }

    /** How many messages may go at once now. */
    long available(long now) {
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
