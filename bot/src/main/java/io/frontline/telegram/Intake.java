package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.Database;
import io.frontline.store.GroupCommit;
import io.frontline.store.JournaledUpdate;
import io.frontline.store.UpdateJournal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where updates come in, from long polling or the webhook: each is journaled (durably, in one
 * transaction per batch) BEFORE Telegram is told it arrived, then queued for processing. An update
 * journaled before (Telegram sent it again) is not queued again.
 *
 * <p>An update is never trusted to be readable. One beyond {@link RawUpdates}' limits (nesting,
 * name or string sizes) or that cannot be understood is journaled as rejected, with the reason,
 * counted and logged (throttled), and never processed; its update_id still moves the offset on, so
 * one bad update cannot hold back the updates after it. Only a store failure stops a batch.
 */
final class Intake {

  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

  private final UpdateJournal journal;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final GroupCommit writes;
  private final ThrottledLog rejections = new ThrottledLog(LOG, Duration.ofMinutes(1));
  private final ThrottledLog drops = new ThrottledLog(LOG, Duration.ofMinutes(1));
  private final AtomicLong rejected = new AtomicLong();

  Intake(Database db, Dispatcher dispatcher, Clock clock, GroupCommit writes) {
    this.writes = writes;
    this.journal = db.journal();
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Updates journaled as rejected by this process. */
  long rejected() {
    return rejected.get();
  }

  private record Rejection(long updateId, String payload, String reason) {}

  /**
   * Journals a batch of raw updates, then queues the new ones.
   *
   * @return the highest update_id in the batch (the next offset is one more), journaled or not;
   *     empty when none of them is an update
   * @throws io.frontline.store.StoreException nothing was journaled: do not acknowledge the batch
   */
  OptionalLong accept(List<String> raw) {
    OptionalLong highest = OptionalLong.empty();
    Instant now = clock.instant();
    List<JournaledUpdate> all = new ArrayList<>(raw.size());
    List<Rejection> refused = new ArrayList<>();
    for (String payload : raw) {
      // Read once; only an update the strict reader refuses is scanned for its id.
      RawUpdates.Reading reading = RawUpdates.read(payload);
      Optional<Long> id =
          reading instanceof RawUpdates.Read r ? Incoming.updateId(r.root()) : RawUpdates.updateId(payload);
      if (id.isEmpty()) {
        // Nothing to journal it under; Telegram never sends one, a broken proxy might.
        drops.warn("an update without a readable update_id was dropped ({} characters)", payload.length());
        continue;
      }
      if (highest.isEmpty() || id.get() > highest.getAsLong()) {
        highest = OptionalLong.of(id.get());
      }
      if (reading instanceof RawUpdates.Refused r) {
        refused.add(new Rejection(id.get(), payload, r.reason()));
        continue;
      }
      try {
        ChatId chat = Incoming.parse(((RawUpdates.Read) reading).root()).chat();
        all.add(new JournaledUpdate(id.get(), chat, payload, now));
      } catch (RuntimeException e) {
        refused.add(new Rejection(id.get(), payload, "cannot be understood: " + e));
      }
    }
    if (all.isEmpty() && refused.isEmpty()) {
      return highest;
    }
    List<JournaledUpdate> fresh = new ArrayList<>();
    List<Rejection> newlyRefused = new ArrayList<>();
    writes.run(
        () -> {
          for (JournaledUpdate u : all) {
            if (journal.record(u.updateId(), u.chat(), u.payload())) {
              fresh.add(u);
            }
          }
          for (Rejection r : refused) {
            if (journal.reject(r.updateId(), Incoming.NO_CHAT, r.payload(), r.reason())) {
              newlyRefused.add(r);
            }
          }
        });
    for (Rejection r : newlyRefused) {
      rejected.incrementAndGet();
      rejections.warn("update={} rejected, not processed: {}", r.updateId(), r.reason());
    }
    if (fresh.size() < all.size()) {
      LOG.info("{} update(s) arrived again and were journaled before: not processed twice", all.size() - fresh.size());
    }
    fresh.forEach(dispatcher::submit);
    return highest;
  }
}
