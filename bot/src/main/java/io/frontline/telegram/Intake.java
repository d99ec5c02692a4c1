package io.frontline.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.store.Database;
import io.frontline.store.GroupCommit;
import io.frontline.store.JournaledUpdate;
import io.frontline.store.UpdateJournal;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where updates come in, from long polling or the webhook: each is journaled (durably, in one
 * transaction per batch) BEFORE Telegram is told it arrived, then queued for processing. An update
 * journaled before (Telegram sent it again) is not queued again.
 */
final class Intake {

  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UpdateJournal journal;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final GroupCommit writes;

  Intake(Database db, Dispatcher dispatcher, Clock clock, GroupCommit writes) {
    this.writes = writes;
    this.journal = db.journal();
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Whether {@code raw} is an update at all: a JSON object with an update_id. */
  static Optional<Long> updateId(String raw) {
    try {
      return Incoming.updateId(JSON.readTree(raw));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Journals a batch of raw updates, then queues the new ones.
   *
   * @return the highest update_id in the batch (the next offset is one more), journaled or not
   * @throws io.frontline.store.StoreException nothing was journaled: do not acknowledge the batch
   */
  OptionalLong accept(List<String> raw) {
    List<JournaledUpdate> fresh = new ArrayList<>();
    OptionalLong highest = OptionalLong.empty();
    Instant now = clock.instant();
    List<JournaledUpdate> all = new ArrayList<>(raw.size());
    for (String payload : raw) {
      JsonNode root;
      try {
        root = JSON.readTree(payload);
      } catch (IOException e) {
        LOG.warn("an update that is not JSON was dropped ({} characters)", payload.length());
        continue;
      }
      Optional<Long> id = Incoming.updateId(root);
      if (id.isEmpty()) {
        LOG.warn("an update without update_id was dropped");
        continue;
      }
      if (highest.isEmpty() || id.get() > highest.getAsLong()) {
        highest = OptionalLong.of(id.get());
      }
      all.add(new JournaledUpdate(id.get(), Incoming.parse(root).chat(), payload, now));
    }
    if (all.isEmpty()) {
      return highest;
    }
    writes.run(
        () -> {
          for (JournaledUpdate u : all) {
            if (journal.record(u.updateId(), u.chat(), u.payload())) {
              fresh.add(u);
            }
          }
        });
    if (fresh.size() < all.size()) {
      LOG.info("{} update(s) arrived again and were journaled before: not processed twice", all.size() - fresh.size());
    }
    fresh.forEach(dispatcher::submit);
    return highest;
  }
}
