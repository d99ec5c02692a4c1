package io.frontline.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.conversation.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "typing…" while the bot works on a reply. Best effort: shown at most once per {@code every} per
 * chat (Telegram shows it for five seconds, or until our message arrives), never retried, never in
 * the way of a reply: it runs on its own executor and is dropped when that one is busy.
 */
final class Typing {

  private static final Logger LOG = LoggerFactory.getLogger(Typing.class);

  private final BotApi api;
  private final Executor executor;
  private final Clock clock;
  private final Duration every;
  private final Cache<ChatId, Instant> shown;

  Typing(BotApi api, Executor executor, Clock clock, Duration every) {
    this.api = api;
    this.executor = executor;
    this.clock = clock;
    this.every = every;
    this.shown = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(every.multipliedBy(2)).build();
  }

  /** No typing indicator at all (benchmarks of the bare pipeline). */
  static Typing off() {
    return new Typing(null, r -> {}, Clock.systemUTC(), Duration.ofDays(1));
  }

  void show(ChatId chat) {
    Instant now = clock.instant();
    Instant last = shown.getIfPresent(chat);
    if (last != null && now.isBefore(last.plus(every))) {
      return;
    }
    shown.put(chat, now);
    try {
      executor.execute(
          () -> {
            try {
              api.typing(chat);
            } catch (BotApi.CallFailed e) {
              LOG.debug("chat={} typing not shown: {}", chat.value(), e.getMessage());
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("chat={} typing not shown: busy", chat.value());
    }
  }
}
