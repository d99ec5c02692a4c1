package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Decision;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.HandoffCard;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.Sla;
import io.frontline.handoff.Stage;
import io.frontline.handoff.Summarizer;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.store.Client;
import io.frontline.store.ClientDirectory;
import io.frontline.store.DecisionLog;
import io.frontline.store.LoggedDecision;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import io.frontline.store.UpdateJournal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's side of a hand-over: opening it when the conversation decides to escalate (the
 * person's card, the transcript and the client's media go to the staff workspace), and, while a
 * person owns the chat, passing everything the client writes to them instead of answering: the
 * bot does not talk over the person. A client who writes while waiting is told, at most every few
 * minutes, that the person has their conversation.
 */
final class HandoffDesk {

  private static final Logger LOG = LoggerFactory.getLogger(HandoffDesk.class);

  /** Conversation lines read for a card; the file attached holds up to this many. */
  private static final int WHOLE = 2_000;
  /** No second "a person has it" within this time. */
  static final Duration ACK_EVERY = Duration.ofMinutes(5);

  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final HandoffStore handoffs;
  private final Transcript transcript;
  private final ClientDirectory clients;
  private final UpdateJournal journal;
  private final DecisionLog decisions;
  private final Workspace workspace;
  private final Wordings words;
  private final Summarizer summarizer;
  private final Sla sla;
  private final Function<ChatId, OptionalInt> orders;
  private final Clock clock;

  HandoffDesk(
      Supplier<Knowledge> knowledge, HandoffStore handoffs, Transcript transcript, ClientDirectory clients, UpdateJournal journal,
      DecisionLog decisions, Workspace workspace, Wordings words, Summarizer summarizer, Sla sla,
      Function<ChatId, OptionalInt> orders, Clock clock) {
    this.knowledgeNow = knowledge;
    this.handoffs = handoffs;
    this.transcript = transcript;
    this.clients = clients;
    this.journal = journal;
    this.decisions = decisions;
    this.workspace = workspace;
    this.words = words;
    this.summarizer = summarizer;
    this.sla = sla;
    this.orders = orders;
    this.clock = clock;
  }

  Optional<Handoff> active(ChatId client) {
    return handoffs.active(client);
  }

  Sla sla() {
    return sla;
  }

  /** The language to tell the client things in: the conversation's last, else their app's, else the company's. */
  String language(ChatId client) {
    List<LoggedDecision> last = decisions.recent(client, 1);
    if (!last.isEmpty()) {
      return last.get(0).decision().language();
    }
    return words.languageFor(Optional.empty(), clients.find(client)
        .map(c -> new io.frontline.decision.ClientInfo(c.userId(), c.username(), c.firstName(), c.language()))
        .orElse(io.frontline.decision.ClientInfo.ANONYMOUS));
  }

  /** The conversation escalated: the named person gets the chat, the card and the context. */
  void open(ChatId client, Decision d, String clientWords, Sink out) {
    Optional<StaffMember> person = d.staff().flatMap(knowledgeNow.get()::staffMember);
    if (person.isEmpty()) {
      LOG.warn("chat={} escalated without a known person ({}); nobody to hand to", client.value(), d.staff().orElse("-"));
      return;
    }
    StaffMember s = person.get();
    Instant now = clock.instant();
    Handoff h =
        handoffs.open(
            client, s.id(), d.topic().orElse("general"), d.reason(), d.language(), now,
            Optional.of(sla.due(s, now, knowledgeNow.get().company().timeZone())));
    LOG.info("chat={} handed over to {} (handoff {}, {})", client.value(), s.id(), h.id(), h.topic());
    postCard(h, clientWords, out, true);
  }

  /** The card (and with {@code context}, the transcript, the file and the media) for the owner. */
  void postCard(Handoff h, String clientWords, Sink out, boolean context) {
    ChatId client = h.client();
    workspace.retitle(out, client, h.stage(), h.staff());
    List<TranscriptEntry> all = transcript.last(client, WHOLE);
    HandoffCard card = card(h, clientWords, all);
    workspace.html(out, client, h.stage(), h.staff(), card.html());
    if (!context) {
      return;
    }
    workspace.text(out, client, h.stage(), h.staff(), card.transcriptText());
    if (card.longerThanInline()) {
      workspace.document(
          out, client, h.stage(), h.staff(), "conversation-" + client.value() + ".txt",
          HandoffCard.transcriptFile(lines(all), knowledgeNow.get().company().timeZone()),
          "The whole conversation (" + all.size() + " messages)");
    }
    // What the client sent besides text, so the person sees the photo of the broken bottle.
    List<TranscriptEntry> recent = all.subList(Math.max(0, all.size() - HandoffCard.INLINE), all.size());
    for (TranscriptEntry e : recent) {
      if (e.direction() == io.frontline.store.Direction.IN && e.media().isPresent()) {
        // Rows written before the transcript kept message ids: the journaled update still has it.
        e.messageId()
            .or(() -> e.updateId().flatMap(journal::payload).map(RawMessage::parse).map(RawMessage::messageId))
            .filter(id -> id > 0)
            .ifPresent(id -> workspace.copyIn(out, client, h.stage(), h.staff(), id, null));
      }
    }
  }

  HandoffCard card(Handoff h, String clientWords, List<TranscriptEntry> all) {
    ChatId client = h.client();
    if (clientWords.isBlank()) {
      for (TranscriptEntry e : all) {
        if (e.direction() == io.frontline.store.Direction.IN && !e.at().isAfter(h.opened())) {
          clientWords = e.text();
        }
      }
    }
    StaffMember s = knowledgeNow.get().staffMember(h.staff()).orElse(null);
    Optional<Client> c = clients.find(client);
    List<LoggedDecision> past = decisions.recent(client, 10);
    List<String> earlier = new ArrayList<>();
    for (LoggedDecision ld : past) {
      earlier.add(ld.decision().reason());
    }
    if (!earlier.isEmpty()) {
      earlier.remove(earlier.size() - 1); // the hand-over's own reason
    }
    List<HandoffCard.Line> lines = lines(all);
    List<HandoffCard.Line> inline = lines.subList(Math.max(0, lines.size() - HandoffCard.INLINE), lines.size());
    List<String> botAnswers = new ArrayList<>();
    for (TranscriptEntry e : all) {
      if (e.direction() == io.frontline.store.Direction.OUT) {
        botAnswers.add(e.text());
      }
    }
    botAnswers = botAnswers.subList(Math.max(0, botAnswers.size() - 3), botAnswers.size());
    String summary =
        io.frontline.handoff.Summaries.safely(
            summarizer,
            new Summarizer.Input(
                h.topic(), h.reason(), earlier, clientWords,
                inline.stream().map(l -> l.who() + ": " + l.text()).toList()));
    String en = knowledgeNow.get().defaultLanguage();
    return new HandoffCard(
        c.flatMap(Client::firstName).orElse("client " + client.value()),
        c.flatMap(Client::username),
        h.language(),
        c.map(Client::firstSeen).orElse(h.opened()),
        c.flatMap(Client::contactSource),
        Math.max(0, handoffs.count(client) - 1),
        orders.apply(client),
        s == null ? h.staff() : s.name().in("en", en),
        s == null ? HandoffCard.esc(h.staff()) : Workspace.mention(s),
        s == null ? "" : s.role().in("en", en),
        h.topic(),
        h.reason(),
        clientWords,
        summary,
        botAnswers,
        inline,
        lines.size(),
        knowledgeNow.get().company().timeZone());
  }

  private static List<HandoffCard.Line> lines(List<TranscriptEntry> entries) {
    List<HandoffCard.Line> out = new ArrayList<>();
    for (TranscriptEntry e : entries) {
      String who = switch (e.direction()) {
        case IN -> "client";
        case OUT -> "bot";
        case STAFF -> "staff";
      };
      String text = e.text().isBlank() ? e.mediaKind().map(k -> "[" + k.split(":", 2)[0] + "]").orElse("") : e.text()
          + e.mediaKind().map(k -> " [" + k.split(":", 2)[0] + "]").orElse("");
      out.add(new HandoffCard.Line(e.at(), who, text));
    }
    return out;
  }

  /** The client wrote while a person owns the chat: it goes to the person; the bot stays quiet. */
  void clientWrote(Handoff h, Incoming in, RawMessage raw, Sink out) {
    ChatId client = h.client();
    String who = "\uD83D\uDCAC " + workspace.clientName(client);
    if (raw.mediaKind().isPresent() && raw.messageId() > 0) {
      String caption = HandoffCard.esc(who + (in.text().isBlank() ? "" : ": " + in.text()));
      if (raw.captionable()) {
        workspace.copyIn(out, client, h.stage(), h.staff(), raw.messageId(), caption);
      } else {
        workspace.text(out, client, h.stage(), h.staff(), who + " sent a " + raw.mediaKind().get() + ":");
        workspace.copyIn(out, client, h.stage(), h.staff(), raw.messageId(), null);
      }
    } else {
      workspace.text(out, client, h.stage(), h.staff(), who + ": " + in.text());
    }
    Instant now = clock.instant();
    boolean talking = h.answered().filter(a -> a.isAfter(now.minus(Duration.ofMinutes(30)))).isPresent();
    boolean ackedLately = h.acked().filter(a -> a.isAfter(now.minus(ACK_EVERY))).isPresent();
    if (!talking && !ackedLately) {
      String lang = h.language();
      String name = words.staffName(h.staff(), lang);
      String ack =
          knowledgeNow.get().staffMember(h.staff())
              .map(s -> io.frontline.handoff.Waiting.acknowledgement(
                  s, name, now, knowledgeNow.get().company().timeZone(), (key, args) -> words.phrase(lang, key, args)))
              .orElseGet(() -> words.phrase(lang, "handoff_waiting", Map.of("staff", name)));
      out.say(client, ack);
      handoffs.acked(h.id(), now);
    }
  }
}
