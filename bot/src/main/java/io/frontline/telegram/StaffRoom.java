package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.StaffCommand;
import io.frontline.handoff.Stage;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.store.Direction;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff's side, in Telegram: whatever a person writes in a client's topic (or, in direct mode,
 * as a reply to a client's message) reaches the client as the company (copyMessage: text, photos,
 * documents, voice). Commands: {@code /note} stays internal, {@code /assign <staff>} hands the
 * chat to someone else, {@code /done} gives it back to the bot, {@code /who} shows the client's
 * card, plus the commands other parts register ({@link StaffCommand}). Only listed staff and the
 * staff group's admins are heard; anyone else is ignored and logged.
 */
final class StaffRoom {

  private static final Logger LOG = LoggerFactory.getLogger(StaffRoom.class);

  /** A staff update read before the transaction: who wrote (asking Telegram about admins if needed). */
  record Turn(Incoming in, RawMessage raw, Optional<String> staff) {}

  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final HandoffStore handoffs;
  private final HandoffDesk desk;
  private final Workspace workspace;
  private final StaffAuth auth;
  private final Wordings words;
  private final Transcript transcript;
  private final Clock clock;
  private final Map<String, StaffCommand> extra;
  private final java.util.function.BiConsumer<String, java.time.Duration> firstReply;

  StaffRoom(
      Supplier<Knowledge> knowledge, HandoffStore handoffs, HandoffDesk desk, Workspace workspace, StaffAuth auth, Wordings words,
      Transcript transcript, Clock clock, List<StaffCommand> commands,
      java.util.function.BiConsumer<String, java.time.Duration> firstReply) {
    this.firstReply = firstReply;
    this.knowledgeNow = knowledge;
    this.handoffs = handoffs;
    this.desk = desk;
    this.workspace = workspace;
    this.auth = auth;
    this.words = words;
    this.transcript = transcript;
    this.clock = clock;
    Map<String, StaffCommand> m = new LinkedHashMap<>();
    for (StaffCommand c : commands) {
      String name = c.name().toLowerCase(Locale.ROOT);
      if (List.of("note", "assign", "done", "who", "help").contains(name) || m.containsKey(name)) {
        throw new IllegalArgumentException("staff command /" + name + " is already taken");
      }
      m.put(name, c);
    }
    this.extra = Map.copyOf(m);
  }

  /**
   * Whether this update is the staff's: anything in the staff group; in direct mode, a private
   * message from a listed person. (With a staff group, listed people writing to the bot privately
   * are treated as clients, so they can try the bot.)
   */
  Optional<Turn> prepare(Incoming in, String payload) {
    boolean inGroup = workspace.group().map(g -> g.equals(in.chat())).orElse(false);
    boolean direct =
        workspace.direct() && in.isPrivate() && in.from().userId().flatMap(auth::listed).isPresent();
    if (!inGroup && !direct) {
      return Optional.empty();
    }
    RawMessage raw = RawMessage.parse(payload);
    Optional<String> who =
        in.kind() == Incoming.Kind.MESSAGE && !in.fromBot() && !raw.service()
            ? in.from().userId().flatMap(id -> auth.who(id, in.chat()))
            : Optional.empty();
    return Optional.of(new Turn(in, raw, who));
  }

  void handle(Turn t, Sink out) {
    Incoming in = t.in();
    if (in.kind() != Incoming.Kind.MESSAGE || in.fromBot() || t.raw().service()) {
      return; // edits, buttons, topics created or closed: nothing to pass on
    }
    if (t.staff().isEmpty()) {
      LOG.warn(
          "staff chat {}: user {} is not staff; message {} ignored", in.chat().value(),
          in.from().userId().map(String::valueOf).orElse("?"), t.raw().messageId());
      return;
    }
    String who = t.staff().get();
    Optional<ChatId> client = client(t);
    Optional<Incoming.Command> command = in.command();
    if (command.isPresent()) {
      command(t, who, client, command.get(), out);
    } else if (client.isPresent()) {
      relay(t, who, client.get(), out);
    } else if (workspace.direct()) {
      answer(t, client, "Reply to a client's message (the one with #client…) to answer that client.", out);
    }
  }

  /** The client a staff update is about (their topic; in direct mode, the message replied to). */
  Optional<ChatId> about(Turn t) {
    return client(t);
  }

  private Optional<ChatId> client(Turn t) {
    if (workspace.direct()) {
      return t.raw().repliedText().flatMap(Workspace::taggedClient);
    }
    return t.raw().thread().flatMap(th -> handoffs.clientOfTopic(t.in().chat().value(), th));
  }

  private void command(Turn t, String who, Optional<ChatId> client, Incoming.Command c, Sink out) {
    switch (c.name()) {
      case "note" -> LOG.debug("staff note by {} kept internal", who);
      case "done" -> needsClient(t, client, out, cl -> done(t, who, cl, out));
      case "assign" -> needsClient(t, client, out, cl -> assign(t, who, cl, c.args(), out));
      case "who" -> needsClient(t, client, out, cl -> who(t, cl, out));
      default -> {
        StaffCommand x = extra.get(c.name());
        if (x == null) {
          answer(t, client, help(), out);
        } else {
          x.run(new StaffCommand.Request(who, c.args(), client)).ifPresent(text -> answer(t, client, text, out));
        }
      }
    }
  }

  private String help() {
    StringBuilder b = new StringBuilder();
    b.append("In a client's topic").append(workspace.direct() ? " (direct mode: reply to the client's message)" : "")
        .append(", whatever you write goes to the client.\n")
        .append("/note text — stays here\n/assign <staff> — hand the chat to someone else\n")
        .append("/done — give the chat back to the bot\n/who — the client's card");
    extra.values().forEach(x -> b.append("\n/").append(x.name()).append(" — ").append(x.help()));
    b.append("\nStaff: ").append(knowledgeNow.get().staff().stream().map(StaffMember::id).collect(Collectors.joining(", ")));
    return b.toString();
  }

  private interface WithClient {
    void run(ChatId client);
  }

  private void needsClient(Turn t, Optional<ChatId> client, Sink out, WithClient work) {
    if (client.isPresent()) {
      work.run(client.get());
    } else {
      answer(t, client, workspace.direct()
          ? "Reply to the client's message (the one with #client…) with this command."
          : "Use this command in a client's topic.", out);
    }
  }

  /** A person's message to the client: copied, so it reaches them as the company. */
  private void relay(Turn t, String who, ChatId client, Sink out) {
    Instant now = clock.instant();
    Handoff h = handoffs.active(client).orElseGet(() -> takeOver(client, who, now));
    out.enqueue(
        OutboxPayload.copy(
            client, new OutboxPayload.Copy(t.in().chat().value(), t.raw().messageId(), null, OutboxPayload.Where.CHAT),
            out.nextKey()));
    transcript.append(
        new TranscriptEntry(
            client, Direction.STAFF, workspace.staffName(who) + ": " + t.in().text(), t.raw().mediaKind(), now,
            Optional.of(t.in().updateId())));
    if (h.answered().isEmpty()) {
      firstReply.accept(h.staff(), java.time.Duration.between(h.opened(), now));
    }
    handoffs.answered(h.id(), now);
    if (h.stage() != Stage.ANSWERED) {
      workspace.retitle(out, client, Stage.ANSWERED, h.staff());
    }
  }

  /** Staff write to a client with no open hand-over: the writer takes the chat. */
  private Handoff takeOver(ChatId client, String who, Instant now) {
    String lang = desk.language(client);
    LOG.info("chat={} taken over by {} from the staff side", client.value(), who);
    return handoffs.open(client, who, "general", "taken over by " + workspace.staffName(who), lang, now, Optional.empty());
  }

  private void done(Turn t, String who, ChatId client, Sink out) {
    Optional<Handoff> h = handoffs.active(client);
    if (h.isEmpty()) {
      answer(t, Optional.of(client), "This client is with the bot already.", out);
      return;
    }
    handoffs.close(h.get().id(), clock.instant());
    out.say(client, words.say(h.get().language(), "handoff_done"));
    workspace.retitle(out, client, Stage.DONE, h.get().staff());
    answer(t, Optional.of(client), "Back with the bot (" + workspace.staffName(who) + " closed it). The client was told.", out);
    LOG.info("chat={} handed back to the bot by {}", client.value(), who);
  }

  private void assign(Turn t, String who, ChatId client, String args, Sink out) {
    Optional<StaffMember> to = find(args);
    if (to.isEmpty()) {
      answer(t, Optional.of(client), "Who? /assign <staff>, one of: "
          + knowledgeNow.get().staff().stream().map(StaffMember::id).collect(Collectors.joining(", ")), out);
      return;
    }
    StaffMember s = to.get();
    Instant now = clock.instant();
    Handoff h = handoffs.active(client).orElseGet(() -> takeOver(client, who, now));
    handoffs.reassign(h.id(), s.id(), Stage.WAITING, Optional.of(desk.sla().due(s, now, knowledgeNow.get().company().timeZone())));
    String lang = h.language();
    out.say(client, words.phrase(lang, "handoff_assigned",
        Map.of("staff", words.staffName(s.id(), lang), "role", words.staffRole(s.id(), lang))));
    Handoff now2 = handoffs.active(client).orElseThrow();
    if (workspace.direct()) {
      desk.postCard(now2, "", out, true);
    } else {
      workspace.retitle(out, client, Stage.WAITING, s.id());
      workspace.html(out, client, Stage.WAITING, s.id(),
          "\u27A1\uFE0F " + Workspace.mention(s) + ", this client is yours now (from "
              + io.frontline.handoff.HandoffCard.esc(workspace.staffName(who)) + "). The client was told.");
    }
    LOG.info("chat={} assigned to {} by {}", client.value(), s.id(), who);
  }

  private void who(Turn t, ChatId client, Sink out) {
    Optional<Handoff> h = handoffs.active(client);
    if (h.isEmpty()) {
      answer(t, Optional.of(client), "This client is with the bot; write here to take over.", out);
      return;
    }
    desk.postCard(h.get(), "", out, false);
  }

  private Optional<StaffMember> find(String args) {
    String a = args.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    return knowledgeNow.get().staff().stream()
        .filter(s -> s.id().equals(a)
            || s.username().map(u -> u.equalsIgnoreCase(a)).orElse(false)
            || s.name().in("en", knowledgeNow.get().defaultLanguage()).equalsIgnoreCase(a))
        .findFirst();
  }

  private void answer(Turn t, Optional<ChatId> client, String text, Sink out) {
    String owner = client.flatMap(handoffs::active).map(Handoff::staff).orElse("");
    Stage stage = client.flatMap(handoffs::active).map(Handoff::stage).orElse(Stage.DONE);
    workspace.answer(out, t.in().chat(), client, stage, owner, text);
  }
}
