package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.HandoffCard;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.Stage;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.store.Database;
import io.frontline.store.GroupCommit;
import io.frontline.store.OutboxStore;
import io.frontline.store.Transcript;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Never abandoned: a sweep over the hand-overs whose time has come, from the store (so the timers
 * survive restarts; no timer lives only in memory). A person who has not answered within the SLA
 * is reminded; after as long again their backup is brought in (and owns the chat), and the client
 * is told honestly that it takes longer and who joins. Each step is one transaction with dedup
 * keys {@code handoff:<id>:<step>}, so a sweep repeated (a crash, two instances) sends nothing twice.
 */
final class HandoffTimers {

  private static final Logger LOG = LoggerFactory.getLogger(HandoffTimers.class);
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  private final GroupCommit writes;
  private final HandoffStore handoffs;
  private final OutboxStore outbox;
  private final Transcript transcript;
  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final HandoffDesk desk;
  private final Workspace workspace;
  private final Wordings words;
  private final Clock clock;

  HandoffTimers(
      Database db, GroupCommit writes, OutboxStore outbox, Supplier<Knowledge> knowledge, HandoffDesk desk, Workspace workspace,
      Wordings words, Clock clock) {
    this.writes = writes;
    this.handoffs = db.handoffs();
    this.outbox = outbox;
    this.transcript = db.transcript();
    this.knowledgeNow = knowledge;
    this.desk = desk;
    this.workspace = workspace;
    this.words = words;
    this.clock = clock;
  }

  /** Acts on every hand-over due now; returns how many it acted on. */
  int sweep() {
    Instant now = clock.instant();
    int acted = 0;
    for (Handoff due : handoffs.due(now, 100)) {
      boolean did =
          writes.run(
              () -> {
                // Read again inside the transaction: a person may have answered meanwhile.
                Optional<Handoff> h = handoffs.active(due.client()).filter(x -> x.id() == due.id());
                if (h.isEmpty() || h.get().due().isEmpty() || h.get().due().get().isAfter(now)) {
                  return false;
                }
                return step(h.get(), now);
              });
      if (did) {
        acted++;
      }
    }
    return acted;
  }

  private boolean step(Handoff h, Instant now) {
    ChatId client = h.client();
    Optional<StaffMember> owner = knowledgeNow.get().staffMember(h.staff());
    switch (h.stage()) {
      case WAITING -> {
        Sink out = new KeyedSink(outbox, transcript, clock, "handoff:" + h.id() + ":remind:" + h.staff());
        String since = HM.format(h.opened().atZone(knowledgeNow.get().company().timeZone()));
        workspace.retitle(out, client, Stage.REMINDED, h.staff());
        workspace.html(out, client, Stage.REMINDED, h.staff(),
            "\u23F0 " + workspace.mention(h.staff()) + ", " + HandoffCard.esc(workspace.clientName(client))
                + " is waiting for your answer (handed over at " + since + ").");
        Instant next = owner.map(s -> desk.sla().due(s, now, knowledgeNow.get().company().timeZone())).orElse(now.plus(desk.sla().answerWithin()));
        handoffs.advance(h.id(), Stage.REMINDED, Optional.of(next));
        LOG.info("chat={} handoff {}: {} reminded", client.value(), h.id(), h.staff());
        return true;
      }
      case REMINDED -> {
        Optional<StaffMember> backup = owner.flatMap(s -> backupOf(s, now));
        Sink out = new KeyedSink(outbox, transcript, clock, "handoff:" + h.id() + ":backup:" + h.staff());
        if (backup.isEmpty()) {
          handoffs.advance(h.id(), Stage.BACKUP, Optional.empty());
          workspace.html(out, client, Stage.BACKUP, h.staff(),
              "\uD83D\uDEA8 " + workspace.mention(h.staff()) + ": " + HandoffCard.esc(workspace.clientName(client))
                  + " still waits, and nobody is listed as backup. Please answer.");
          LOG.warn("chat={} handoff {}: {} has not answered and has no backup", client.value(), h.id(), h.staff());
          return true;
        }
        StaffMember b = backup.get();
        handoffs.reassign(h.id(), b.id(), Stage.BACKUP, Optional.empty());
        Handoff now2 = handoffs.active(client).orElseThrow();
        if (workspace.direct()) {
          desk.postCard(now2, "", out, true);
        } else {
          workspace.retitle(out, client, Stage.BACKUP, b.id());
        }
        workspace.html(out, client, Stage.BACKUP, b.id(),
            "\uD83D\uDEA8 " + Workspace.mention(b) + ", please take over: " + HandoffCard.esc(workspace.staffName(h.staff()))
                + " has not answered " + HandoffCard.esc(workspace.clientName(client)) + " yet.");
        String lang = h.language();
        out.say(client, words.phrase(lang, "handoff_backup",
            Map.of("staff", words.staffName(b.id(), lang), "role", words.staffRole(b.id(), lang))));
        LOG.info("chat={} handoff {}: backup {} brought in for {}", client.value(), h.id(), b.id(), h.staff());
        return true;
      }
      default -> {
        handoffs.advance(h.id(), h.stage(), Optional.empty());
        return false;
      }
    }
  }

  /** The backup chain from {@code s}: the first on duty now, else the first listed. */
  private Optional<StaffMember> backupOf(StaffMember s, Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, knowledgeNow.get().company().timeZone());
    Set<String> seen = new HashSet<>();
    seen.add(s.id());
    Optional<StaffMember> first = Optional.empty();
    StaffMember current = s;
    while (current.backup().isPresent()) {
      Optional<StaffMember> b = knowledgeNow.get().staffMember(current.backup().get());
      if (b.isEmpty() || !seen.add(b.get().id())) {
        break;
      }
      if (first.isEmpty()) {
        first = b;
      }
      if (b.get().hours().isOpenAt(local)) {
        return b;
      }
      current = b.get();
    }
    return first;
  }
}
