package io.frontline.telegram;

import io.frontline.store.ClientDirectory;
import io.frontline.store.GroupCommit;
import io.frontline.store.OutboxMessage;
import io.frontline.store.OutboxStore;
import io.frontline.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. It claims due messages ({@link OutboxStore#due}: one chat's messages
 * one at a time, in order), never more than Telegram's limits allow ({@link RateLimiter}: overall,
 * per chat, per group), and reports each back to the store:
 * <ul>
 *   <li>sent: {@link OutboxStore#markSent};
 *   <li>429: waits {@code retry_after} (that chat waits as a whole);
 *   <li>5xx, timeout, dropped connection: tried again after a growing pause;
 *   <li>403 (blocked by the client), 400 (chat not found...): {@link OutboxStore#markFailed}, and a
 *       client who blocked the bot is marked blocked; nothing more is sent to them;
 *   <li>a message that cannot even be put into a call (an id out of range, a payload a bug wrote
 *       wrong): tried {@link GiveUp#attempts} times, then marked failed;
 *   <li>a message not sent for longer than {@link GiveUp#after} (Telegram unreachable for a day):
 *       marked failed rather than sent when it no longer makes sense.
 * </ul>
 * A message marked failed for any reason but the client's own block is reported to
 * {@link Undeliverable} (staff are told which client did not get which reply). Either way it no
 * longer holds back the messages after it in its chat.
 * Texts are escaped for {@code parse_mode=HTML}; should Telegram still refuse the markup, the text
 * goes as plain text. Sending happens on the injected executor, a few messages at a time; the
 * sender wakes when a transaction enqueued something, when a wait ends, and every {@code tick}.
 *
 * <p>Delivery is at least once: a crash between Telegram's "ok" and {@code markSent} (a few
 * milliseconds) sends that one message again after the claim's lease ends. Telegram's Bot API has
 * no idempotency key, so nothing on our side can close that window completely.
 */
final class OutboxSender implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /**
   * When to stop trying one message.
   *
   * @param attempts tries of a message that fails other than by Telegram's answer (a broken payload)
   * @param after the longest a message is retried after Telegram or the network failed it
   */
  record GiveUp(int attempts, Duration after) {
    GiveUp {
      if (attempts < 1 || after.isNegative() || after.isZero()) {
        throw new IllegalArgumentException("give up after at least 1 attempt and a positive time");
      }
    }
  }

  /** Told of a message marked failed for a reason other than the client blocking the bot. */
  @FunctionalInterface
  interface Undeliverable {
    void failed(OutboxMessage message, String reason);
  }

  /** What the sender did so far, for tests, benchmarks and logs. */
  record Stats(long sent, long failed, long rateLimited, long transientErrors, long deferred) {}

  private final OutboxStore outbox;
  private final ClientDirectory clients;
  private final BotApi api;
  private final RateLimiter limits;
  private final Executor senders;
  private final int maxInFlight;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration tick;
  private final GroupCommit writes;
  private final StaffSends staff;
  private final GiveUp giveUp;
  private final Undeliverable undeliverable;
  private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong transientErrors = new AtomicLong();
  private final AtomicLong deferred = new AtomicLong();

  private int inFlight;
  private boolean pumpQueued;
  /** One pump at a time; a wake while it runs makes it look again instead of waiting for it. */
  private final AtomicBoolean pumping = new AtomicBoolean();
  private volatile boolean pumpAgain;
  private Instant timerAt = Instant.MAX;
  private ScheduledFuture<?> ticker;
  private volatile boolean closed;

  OutboxSender(
      OutboxStore outbox,
      ClientDirectory clients,
      BotApi api,
      RateLimiter limits,
      Executor senders,
      int maxInFlight,
      ScheduledExecutorService scheduler,
      Clock clock,
      Backoff backoff,
      Duration tick,
      GroupCommit writes,
      StaffSends staff,
      GiveUp giveUp,
      Undeliverable undeliverable) {
    this.staff = staff;
    this.giveUp = giveUp;
    this.undeliverable = undeliverable;
    this.outbox = committed(outbox, writes);
    this.writes = writes;
    this.clients = clients;
    this.api = api;
    this.limits = limits;
    this.senders = senders;
    this.maxInFlight = maxInFlight;
    this.scheduler = scheduler;
    this.clock = clock;
    this.backoff = backoff;
    this.tick = tick;
  }

  void start() {
    ticker = scheduler.scheduleWithFixedDelay(this::wake, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Something may be due: look soon (calls coalesce). */
  void wake() {
    synchronized (this) {
      if (pumpQueued || closed) {
        return;
      }
      pumpQueued = true;
    }
    try {
      scheduler.execute(this::pump);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        pumpQueued = false;
      }
    }
  }

  Stats stats() {
    return new Stats(sent.get(), failed.get(), rateLimited.get(), transientErrors.get(), deferred.get());
  }

  private void pump() {
    synchronized (this) {
      pumpQueued = false;
    }
    pumpAgain = true;
    // Checked again after letting go: a wake that came while we pumped is not lost.
    while (pumpAgain && pumping.compareAndSet(false, true)) {
      try {
        pumpAgain = false;
        if (pumpOnce()) {
          pumpAgain = true; // a full batch: there may be more
        }
      } finally {
        pumping.set(false);
      }
    }
  }

  /**
   * Claims what may go now and hands it to the senders. The claim (a store transaction) happens
   * outside this object's lock, so a worker waking the sender or a sender finishing never waits
   * for the store.
   *
   * @return whether it claimed as many as it asked for
   */
  private boolean pumpOnce() {
    Instant now;
    int n;
    synchronized (this) {
      if (closed) {
        return false;
      }
      now = clock.instant();
      int room = maxInFlight - inFlight;
      if (room <= 0) {
        return false; // a send finishing wakes us
      }
      long global = limits.globalAvailable(now);
      if (global <= 0) {
        wakeAt(limits.globalNextAllowed(now));
        return false;
      }
      n = (int) Math.min(room, global);
      // Counted as in flight while claimed, so a send finishing meanwhile cannot make room twice.
      inFlight += n;
    }
    List<OutboxMessage> claimed = List.of();
    try {
      claimed = outbox.due(now, n);
    } catch (RuntimeException e) {
      LOG.warn("outbox: cannot claim messages ({}); trying again in {} ms", e.getMessage(), tick.toMillis());
    }
    List<OutboxMessage> go = new ArrayList<>();
    Map<OutboxMessage, Instant> later = new LinkedHashMap<>();
    synchronized (this) {
      inFlight -= n;
      for (OutboxMessage m : claimed) {
        if (OutboxPayload.CALLBACK_ANSWER.equals(m.kind()) || limits.tryAcquire(m.chat(), now)) {
          inFlight++;
          go.add(m);
        } else {
          later.put(m, limits.nextAllowed(m.chat(), now));
        }
      }
    }
    go.forEach(this::dispatch);
    later.forEach(
        (m, at) -> {
          deferred.incrementAndGet();
          try {
            outbox.retryLater(m.id(), at, "waiting for the rate limit");
          } catch (RuntimeException e) {
            LOG.warn("outbox: cannot defer message {} ({}); its lease brings it back", m.id(), e.getMessage());
          }
          wakeAt(at);
        });
    return claimed.size() == n;
  }

  /** The outbox with each change in a (group-committed) transaction of its own. */
  static OutboxStore committed(OutboxStore outbox, GroupCommit writes) {
    return new OutboxStore() {
      @Override
      public boolean enqueue(OutboxMessage message) {
        return writes.run(() -> outbox.enqueue(message));
      }

      @Override
      public List<OutboxMessage> due(Instant now, int limit) {
        return writes.run(() -> outbox.due(now, limit));
      }

      @Override
      public void markSent(long id) {
        writes.run(() -> outbox.markSent(id));
      }

      @Override
      public void retryLater(long id, Instant when, String error) {
        writes.run(() -> outbox.retryLater(id, when, error));
      }

      @Override
      public void markFailed(long id, String error) {
        writes.run(() -> outbox.markFailed(id, error));
      }

      @Override
      public long depth() {
        return outbox.depth();
      }

      @Override
      public List<io.frontline.store.FailedMessage> failedSince(Instant from) {
        return outbox.failedSince(from);
      }
    };
  }

  private void dispatch(OutboxMessage m) {
    try {
      senders.execute(() -> send(m));
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        inFlight--;
      }
      // Not sent and still claimed: the lease brings it back.
      LOG.warn("outbox: sender busy or stopped; message {} waits for its lease", m.id());
    }
  }

  private synchronized void wakeAt(Instant at) {
    if (closed) {
      return;
    }
    Instant now = clock.instant();
    if (!at.isAfter(now)) {
      scheduler.execute(this::wake);
      return;
    }
    if (timerAt.isAfter(now) && !timerAt.isAfter(at)) {
      return; // an earlier timer is set; it will look again
    }
    timerAt = at;
    // Rounded up: a timer that fires a little early would find nothing allowed yet.
    long delay = Math.max(1, (Duration.between(now, at).toNanos() + 999_999) / 1_000_000);
    try {
      scheduler.schedule(
          () -> {
            synchronized (this) {
              if (timerAt.equals(at)) {
                timerAt = Instant.MAX; // fired: the next wait needs a timer of its own
              }
            }
            wake();
          },
          delay,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping
    }
  }

  private void send(OutboxMessage m) {
    try {
      try {
        deliver(m);
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        broken(m, e);
        return;
      }
      outbox.markSent(m.id());
      failures.remove(m.id());
      sent.incrementAndGet();
      LOG.info("chat={} sent outbox={} key={}", m.chat().value(), m.id(), m.dedupKey());
    } catch (BotApi.CallFailed e) {
      try {
        failedCall(m, e.failure());
      } catch (RuntimeException storeFailed) {
        LOG.error("outbox: message {}: cannot record the failure: {}", m.id(), storeFailed.toString());
      }
    } catch (RuntimeException e) {
      // The store failed: the claim's lease brings the message back.
      LOG.error("outbox: message {} to chat {}: {}", m.id(), m.chat().value(), e.toString());
    } finally {
      synchronized (this) {
        inFlight--;
      }
      wake();
    }
  }

  private void deliver(OutboxMessage m) throws BotApi.CallFailed {
    switch (m.kind()) {
      case OutboxPayload.TEXT -> {
        if (clients.find(m.chat()).map(c -> c.blocked()).orElse(false)) {
          throw new BotApi.CallFailed(new BotApi.Permanent(403, "the client blocked the bot"), null);
        }
        OutboxPayload.Text t = OutboxPayload.readText(m.payload());
        List<String> parts = Html.split(t.text(), Html.MAX_MESSAGE);
        for (int i = 0; i < parts.size(); i++) {
          List<List<OutboxPayload.Button>> buttons = i == parts.size() - 1 ? t.buttons() : List.of();
          try {
            api.sendHtml(m.chat(), Html.escape(parts.get(i)), buttons);
          } catch (BotApi.CallFailed e) {
            if (e.failure() instanceof BotApi.Permanent p && p.badMarkup()) {
              LOG.warn("chat={} outbox={} Telegram could not parse our HTML; sent as plain text", m.chat().value(), m.id());
              api.sendPlain(m.chat(), parts.get(i), buttons);
            } else {
              throw e;
            }
          }
        }
      }
      case OutboxPayload.PHOTO -> {
        OutboxPayload.Photo p = OutboxPayload.readPhoto(m.payload());
        api.sendPhoto(m.chat(), p.png(), "frontline.png", p.caption());
      }
      case OutboxPayload.CALLBACK_ANSWER -> {
        OutboxPayload.CallbackAnswer a = OutboxPayload.readCallbackAnswer(m.payload());
        api.answerCallback(a.id(), a.text());
      }
      case OutboxPayload.STAFF_TEXT, OutboxPayload.COPY, OutboxPayload.DOCUMENT, OutboxPayload.TOPIC -> staff.deliver(m);
      default -> throw new BotApi.CallFailed(new BotApi.Permanent(0, "unknown outbox kind '" + m.kind() + "'"), null);
    }
  }

  /**
   * The message could not be put into a call at all. Such a failure repeats itself, so it is tried
   * a few times (a passing cause gets its chance) and then given up, never retried for ever in
   * front of the chat's later messages.
   */
  private void broken(OutboxMessage m, RuntimeException e) {
    int n = failures.merge(m.id(), 1, Integer::sum);
    String reason = "cannot be sent: " + e;
    try {
      if (n >= giveUp.attempts()) {
        fail(m, reason + " (" + n + " attempts)");
        return;
      }
      Instant at = clock.instant().plus(backoff.delay(n));
      LOG.warn("chat={} outbox={} {} (attempt {}); again later", m.chat().value(), m.id(), reason, n);
      outbox.retryLater(m.id(), at, reason);
      wakeAt(at);
    } catch (RuntimeException storeFailed) {
      LOG.error("outbox: message {}: cannot record the failure: {}", m.id(), storeFailed.toString());
    }
  }

  /** Gives up on a message: marked failed, counted, and reported to {@link Undeliverable}. */
  private void fail(OutboxMessage m, String reason) {
    fail(m, reason, false);
  }

  /**
   * @param blocked the client blocked the bot: they are marked so (nothing more is sent to them),
   *     and staff are not told, there is nothing for them to do
   */
  private void fail(OutboxMessage m, String reason, boolean blocked) {
    failed.incrementAndGet();
    failures.remove(m.id());
    LOG.warn("chat={} outbox={} given up: {}", m.chat().value(), m.id(), reason);
    // Blocked first: once the outbox shows the message settled, the client shows blocked too.
    if (blocked) {
      writes.run(() -> clients.setBlocked(m.chat(), true));
    }
    outbox.markFailed(m.id(), reason);
    if (blocked) {
      return;
    }
    try {
      undeliverable.failed(m, reason);
    } catch (RuntimeException e) {
      LOG.warn("outbox: message {}: staff could not be told it failed: {}", m.id(), e.toString());
    }
  }

  private void failedCall(OutboxMessage m, BotApi.Failure f) {
    Instant now = clock.instant();
    boolean tooOld =
        !m.createdAt().equals(Instant.EPOCH) && Duration.between(m.createdAt(), now).compareTo(giveUp.after()) > 0;
    if (tooOld && !(f instanceof BotApi.Permanent)) {
      fail(m, "not sent for over " + giveUp.after().toHours() + " h; last: " + f.describe());
      return;
    }
    if (f instanceof BotApi.RateLimited r) {
      rateLimited.incrementAndGet();
      Instant at = now.plus(r.retryAfter());
      synchronized (this) {
        limits.pause(m.chat(), at);
      }
      LOG.warn("chat={} outbox={} Telegram asks to wait {} s (429)", m.chat().value(), m.id(), r.retryAfter().toSeconds());
      outbox.retryLater(m.id(), at, f.describe());
      wakeAt(at);
    } else if (f instanceof BotApi.Transient) {
      transientErrors.incrementAndGet();
      int n = failures.merge(m.id(), 1, Integer::sum);
      Duration pause = backoff.delay(n);
      LOG.warn("chat={} outbox={} not sent ({}), again in {} ms", m.chat().value(), m.id(), f.describe(), pause.toMillis());
      outbox.retryLater(m.id(), now.plus(pause), f.describe());
      wakeAt(now.plus(pause));
    } else if (f instanceof BotApi.Permanent p) {
      fail(m, f.describe(), p.unreachable() && (OutboxPayload.TEXT.equals(m.kind()) || OutboxPayload.COPY.equals(m.kind())));
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  /** Messages being sent right now. */
  synchronized int inFlight() {
    return inFlight;
  }
}
