package io.frontline.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling driven by us, not by TelegramBots' BotSession (which moves the offset on before the
 * updates are handled: rubenlagus/TelegramBots#1386). Each batch is journaled first; only then is
 * the next {@code getUpdates} sent with {@code offset = highest update_id + 1}, which is what tells
 * Telegram the batch arrived. A crash before that and Telegram sends the batch again; the journal
 * knows it, so nothing is processed twice.
 *
 * <p>The first call after a start sends no offset, on purpose: Telegram then sends every update not
 * yet confirmed, and the journal drops those it has. Resuming from the highest journaled update_id
 * instead would be unsafe: after a week without updates Telegram numbers the next one at random,
 * and an offset above it would confirm (drop) it unseen; so would a store reused with a new token.
 *
 * <p>The call blocks on its own thread; pauses (after a failure, or a server that answers at once
 * instead of holding the request) are scheduled, never slept.
 */
final class LongPolling implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);

  /** A server that answers an empty poll faster than this does not hold requests. */
  private static final Duration EAGER = Duration.ofMillis(500);

  private static final Duration EAGER_PAUSE = Duration.ofMillis(200);

  private final BotApi api;
  private final Intake intake;
  private final Executor pollThread;
  private final ScheduledExecutorService scheduler;
  private final Backoff backoff;
  private final int timeoutSeconds;
  private final int limit;
  private volatile Optional<Long> offset;
  private volatile boolean closed;
  private int failures;

  LongPolling(
      BotApi api,
      Intake intake,
      Executor pollThread,
      ScheduledExecutorService scheduler,
      Backoff backoff,
      Duration timeout,
      int limit,
      Optional<Long> startOffset) {
    this.api = api;
    this.intake = intake;
    this.pollThread = pollThread;
    this.scheduler = scheduler;
    this.backoff = backoff;
    this.timeoutSeconds = (int) Math.max(0, timeout.toSeconds());
    this.limit = limit;
    this.offset = startOffset;
  }

  void start() {
    pollThread.execute(this::poll);
  }

  /** The offset the next getUpdates will send. */
  Optional<Long> offset() {
    return offset;
  }

  private void poll() {
    while (!closed) {
      long began = System.nanoTime();
      Duration pause;
      try {
        List<String> batch = api.updates(offset, limit, timeoutSeconds);
        if (closed) {
          return; // not journaled, not acknowledged: sent again next time
        }
        if (!batch.isEmpty()) {
          OptionalLong highest = intake.accept(batch);
          if (highest.isPresent()) {
            offset = Optional.of(highest.getAsLong() + 1);
          }
          failures = 0;
          continue;
        }
        failures = 0;
        if (Duration.ofNanos(System.nanoTime() - began).compareTo(EAGER) >= 0) {
          continue;
        }
        pause = EAGER_PAUSE;
      } catch (BotApi.CallFailed e) {
        failures++;
        pause = e.failure() instanceof BotApi.RateLimited r ? r.retryAfter() : backoff.delay(failures);
        LOG.warn("getUpdates failed ({}); again in {} ms", e.getMessage(), pause.toMillis());
      } catch (RuntimeException e) {
        // The journal could not take the batch: it is not acknowledged, Telegram keeps it.
        failures++;
        pause = backoff.delay(failures);
        LOG.error("updates could not be journaled ({}); asking again in {} ms", e.toString(), pause.toMillis());
      }
      resumeAfter(pause);
      return;
    }
  }

  private void resumeAfter(Duration pause) {
    if (closed) {
      return;
    }
    try {
      scheduler.schedule(
          () -> {
            try {
              pollThread.execute(this::poll);
            } catch (RejectedExecutionException e) {
              // stopping
            }
          },
          pause.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
