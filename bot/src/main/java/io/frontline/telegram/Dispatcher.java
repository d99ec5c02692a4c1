package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.JournaledUpdate;
import io.frontline.store.UpdateJournal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs journaled updates: one lane per chat, so a chat's updates are handled one at a time in
 * update_id order, while different chats are handled at once on the injected, bounded executor.
 * A lane hands its thread back after a few updates, so one busy chat cannot starve the others.
 *
 * <p>Updates come from the intake as they are journaled, and from the journal itself
 * ({@link #sweep}): at start (what a crash left unprocessed) and now and then after (what failed).
 * An update already queued or running is not queued twice. An update that fails is tried again
 * after a growing pause; after {@code maxAttempts} it is skipped (marked processed, logged as an
 * error), so one broken update cannot stop its chat for good.
 *
 * <p>With several instances on one database, an update whose chat has an older update still
 * unprocessed (journaled by another instance, or waiting here) is {@linkplain NotYet not yet}
 * handled: it waits, without counting as a failure, until the older one is done. A lane keeps its
 * updates in update_id order, so an older update that arrives late goes first.
 */
final class Dispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** Updates a lane handles before it yields its thread. */
  private static final int FAIR_SHARE = 8;

  /** The update must wait for an older one of its chat (nothing was committed); not a failure. */
  static final class NotYet extends RuntimeException {
    NotYet(String message) {
      super(message, null, false, false);
    }
  }

  /** How long an update waiting for an older one waits before it looks again, at most. */
  private static final Duration WAIT_MAX = Duration.ofSeconds(2);

  /** What to do with one update; throws when it could not be done (nothing committed). */
  interface Handler {
    void handle(JournaledUpdate update);

    /** Gives up on an update: mark it processed without handling it. */
    boolean skip(JournaledUpdate update);
  }

  private final class Lane implements Runnable {
    final ChatId chat;
    final ArrayDeque<JournaledUpdate> queue = new ArrayDeque<>();
    boolean scheduled;
    int failures;
    int waits;

    Lane(ChatId chat) {
      this.chat = chat;
    }

    @Override
    public void run() {
      for (int i = 0; i < FAIR_SHARE; i++) {
        JournaledUpdate next;
        synchronized (Dispatcher.this) {
          next = queue.peekFirst();
          if (next == null) {
            scheduled = false;
            lanes.remove(chat);
            Dispatcher.this.notifyAll();
            return;
          }
        }
        if (!runOne(next)) {
          return; // retried later, from the scheduler
        }
      }
      synchronized (Dispatcher.this) {
        if (queue.isEmpty()) {
          scheduled = false;
          lanes.remove(chat);
          Dispatcher.this.notifyAll();
          return;
        }
      }
      execute(this);
    }

    /** @return false when the lane waits for a retry */
    private boolean runOne(JournaledUpdate u) {
      try {
        handler.handle(u);
      } catch (NotYet e) {
        waits++;
        long pause = Math.min(WAIT_MAX.toMillis(), 20L << Math.min(waits, 7));
        LOG.debug("update={} chat={} waits for an older update: {}", u.updateId(), chat.value(), e.getMessage());
        scheduler.schedule(() -> execute(this), pause, TimeUnit.MILLISECONDS);
        return false;
      } catch (RuntimeException | Error e) {
        failures++;
        if (failures < maxAttempts) {
          Duration pause = backoff.delay(failures);
          LOG.warn(
              "update={} chat={} failed (attempt {}), again in {} ms: {}",
              u.updateId(), chat.value(), failures, pause.toMillis(), e.toString());
          scheduler.schedule(() -> execute(this), pause.toMillis(), TimeUnit.MILLISECONDS);
          return false;
        }
        LOG.error(
            "update={} chat={} failed {} times; skipped so the chat can go on", u.updateId(), chat.value(), failures, e);
        try {
          handler.skip(u);
        } catch (RuntimeException skipFailed) {
          // Still in the journal: a later sweep tries it again.
          LOG.error("update={} could not be skipped either: {}", u.updateId(), skipFailed.toString());
        }
      }
      failures = 0;
      waits = 0;
      synchronized (Dispatcher.this) {
        queue.remove(u);
        known.remove(u.updateId());
      }
      done.accept(u);
      return true;
    }
  }

  private final Handler handler;
  private final Executor workers;
  private final ScheduledExecutorService scheduler;
  private final Backoff backoff;
  private final int maxAttempts;
  private final Consumer<JournaledUpdate> done;
  private final Map<ChatId, Lane> lanes = new HashMap<>();
  private final Set<Long> known = new HashSet<>();
  private boolean closed;

  /**
   * @param workers where lanes run; bounded (its size is how many chats are handled at once)
   * @param scheduler for retries
   * @param done told after each update is handled or skipped (tests and benchmarks count them)
   */
  Dispatcher(
      Handler handler,
      Executor workers,
      ScheduledExecutorService scheduler,
      Backoff backoff,
      int maxAttempts,
      Consumer<JournaledUpdate> done) {
    this.handler = handler;
    this.workers = workers;
    this.scheduler = scheduler;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.done = done;
  }

  /** Queues an update on its chat's lane, unless it is queued or running already. */
  void submit(JournaledUpdate u) {
    Lane start = null;
    synchronized (this) {
      if (closed || !known.add(u.updateId())) {
        return;
      }
      Lane lane = lanes.computeIfAbsent(u.chat(), Lane::new);
      insertInOrder(lane.queue, u);
      if (!lane.scheduled) {
        lane.scheduled = true;
        start = lane;
      }
    }
    if (start != null) {
      execute(start);
    }
  }

  /**
   * Adds {@code u} in update_id order: almost always at the end (updates come in order); an older
   * one that arrives late (from the journal's sweep) goes before the newer ones it must precede.
   */
  private static void insertInOrder(ArrayDeque<JournaledUpdate> queue, JournaledUpdate u) {
    if (queue.isEmpty() || queue.peekLast().updateId() < u.updateId()) {
      queue.addLast(u);
      return;
    }
    java.util.List<JournaledUpdate> all = new java.util.ArrayList<>(queue);
    all.add(u);
    all.sort(java.util.Comparator.comparingLong(JournaledUpdate::updateId));
    queue.clear();
    queue.addAll(all);
  }

  /**
   * Queues what the journal holds unprocessed (up to {@code limit}, oldest first).
   *
   * @return how many of them were not queued before
   */
  int sweep(UpdateJournal journal, int limit) {
    List<JournaledUpdate> pending = journal.unprocessed(limit);
    int added = 0;
    for (JournaledUpdate u : pending) {
      boolean fresh;
      synchronized (this) {
        fresh = !known.contains(u.updateId());
      }
      if (fresh) {
        submit(u);
        added++;
      }
    }
    return added;
  }

  /** Updates queued or running. */
  synchronized int pending() {
    return known.size();
  }

  /** Waits until nothing is queued or running; false if {@code timeout} passed first. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!known.isEmpty()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Takes no more updates; those queued stay in the journal for the next start. */
  synchronized void close() {
    closed = true;
    for (Lane lane : lanes.values()) {
      lane.queue.clear();
    }
    known.clear();
    notifyAll();
  }

  private void execute(Lane lane) {
    try {
      workers.execute(lane);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        if (closed) {
          return;
        }
      }
      // The executor is shutting down or full: try again shortly rather than lose the lane.
      scheduler.schedule(() -> execute(lane), 100, TimeUnit.MILLISECONDS);
    }
  }
}
