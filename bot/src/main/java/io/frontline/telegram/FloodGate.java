package io.frontline.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.conversation.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Flood control per client: more than {@code limit} messages within {@code window} and the client
 * gets one polite note; the rest of that window's messages are kept (journal, transcript) but not
 * answered one by one, so one client typing in a frenzy cannot slow the bot down for everyone else.
 * Thread-safe; one chat's messages arrive in order (one lane per chat).
 */
final class FloodGate {

  /** What to do with one message. */
  enum Verdict {
    /** Answer it. */
    ANSWER,
    /** The first message over the limit: send the note instead of an answer. */
    NOTE,
    /** Over the limit and noted already: keep it, answer nothing. */
    QUIET
  }

  /** At most {@code messages} answered within any {@code window}. */
  record Limit(int messages, Duration window) {
    Limit {
      if (messages < 1) {
        throw new IllegalArgumentException("messages must be at least 1, was " + messages);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be positive, was " + window);
      }
    }
  }

  private static final class Recent {
    final ArrayDeque<Instant> times = new ArrayDeque<>();
    Instant notedUntil = Instant.MIN;
  }

  private final Limit limit;
  private final Cache<ChatId, Recent> chats;

  FloodGate(Limit limit) {
    this.limit = limit;
    // A chat quiet for a whole window has nothing to remember.
    this.chats =
        Caffeine.newBuilder().expireAfterAccess(limit.window().multipliedBy(2)).maximumSize(1_000_000).build();
  }

  /**
   * Judges a message the client sent at {@code at} (Telegram's date of the message, so a backlog
   * read after a restart is judged by when it was written, not by how fast we read it).
   */
  Verdict check(ChatId chat, Instant at) {
    Recent r = chats.get(chat, c -> new Recent());
    synchronized (r) {
      Instant from = at.minus(limit.window());
      while (!r.times.isEmpty() && !r.times.peekFirst().isAfter(from)) {
        r.times.pollFirst();
      }
      r.times.addLast(at);
      if (r.times.size() <= limit.messages()) {
        return Verdict.ANSWER;
      }
      // Keep only what the window needs: a flood does not grow memory.
      while (r.times.size() > limit.messages() + 1) {
        r.times.pollFirst();
      }
      if (at.isBefore(r.notedUntil)) {
        return Verdict.QUIET;
      }
      r.notedUntil = at.plus(limit.window());
      return Verdict.NOTE;
    }
  }
}
