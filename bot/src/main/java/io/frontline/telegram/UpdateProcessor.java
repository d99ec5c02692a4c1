package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.Outbox;
import io.frontline.conversation.StateStore;
import io.frontline.decision.Action;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.ConversationState;
import io.frontline.decision.Decision;
import io.frontline.decision.WarmLead;
import io.frontline.handoff.Handoff;
import io.frontline.store.Client;
import io.frontline.store.ClientDirectory;
import io.frontline.store.Database;
import io.frontline.store.DecisionLog;
import io.frontline.store.GroupCommit;
import io.frontline.store.Direction;
import io.frontline.store.JournaledUpdate;
import io.frontline.store.LoggedDecision;
import io.frontline.store.OutboxMessage;
import io.frontline.orderdesk.OrderDesk;
import io.frontline.store.OrderBook;
import io.frontline.store.OutboxStore;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import io.frontline.store.UpdateJournal;
import io.frontline.wording.Signal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one journaled update, whole or not at all: in ONE store transaction it marks the update
 * processed, notes the client, writes the transcript, lets the conversation decide, logs the
 * decision and puts the reply in the outbox (dedup key {@code update:<id>:<n>}). Processing an
 * update twice (a restart, a second instance) finds it processed and does nothing, so every
 * client message gets exactly one reply.
 *
 * <p>What each kind of update gets:
 * <ul>
 *   <li>private text: the conversation's reply; commands: {@code /start} (greeting: who the company
 *       is; a deep-link parameter is kept as the client's contact source), {@code /help},
 *       {@code /human} (read as "I want a person": a named person takes over), {@code /language}
 *       (buttons for the languages the bot speaks), {@code /subscribe} and {@code /unsubscribe}
 *       (news, {@link NewsSubscriptions}), {@code /forget}; any other command: {@code help};
 *   <li>an edited private text: answered as a new message (the client corrected the question, so
 *       the answer to the old one may be wrong); an edit without text (a live location moving) is
 *       ignored;
 *   <li>photo, document, voice, video, sticker, contact, location...: kept in the transcript (its
 *       kind, file_id or the contact or place, and the message_id) for the person who takes over; with a
 *       caption the caption is answered, without one the client gets {@code media_received};
 *   <li>a pressed button: always answered ({@code answerCallbackQuery}); a language button sets the
 *       conversation's language, is remembered for the client (it outlasts the conversation: it stands
 *       in for the Telegram app's language) and says {@code language_set} in it; the warm-lead button is read
 *       as the client's "yes"; {@code news:off} under a news message unsubscribes;
 *   <li>{@code my_chat_member} in a private chat: kicked = the client blocked the bot (marked, and
 *       nothing more is sent), member = unblocked;
 *   <li>groups, channels, service messages, messages from bots, business messages, reactions,
 *       polls, inline queries and kinds Telegram adds later: journaled, marked processed, no reply.
 * </ul>
 */
final class UpdateProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateProcessor.class);

  static final String LANGUAGE_BUTTON = "lang:";
  static final String LEAD_BUTTON = "lead:yes";
  static final String ORDER_YES = "order:yes";
  static final String ORDER_NO = "order:no";
  static final String ORDER_SLOT = "order:slot:";
  static final String SUGGESTION_YES = "sugg:yes";
  static final String SUGGESTION_NO = "sugg:no";
  static final String FORGET_YES = "forget:yes";
  static final String FORGET_NO = "forget:no";

  private final UpdateJournal journal;
  private final ClientDirectory clients;
  private final Transcript transcript;
  private final DecisionLog decisions;
  private final OutboxStore outbox;
  private final StateStore states;
  private final BiFunction<StateStore, Outbox, Conversations> conversations;
  private final Wordings words;
  private final FloodGate flood;
  private final Typing typing;
  private final Clock clock;
  private final Runnable wakeSender;
  private final GroupCommit writes;
  private final HandoffDesk desk;
  private final StaffRoom staff;
  private final OrderBook orders;
  private final io.frontline.store.Eraser eraser;
  private final Optional<OrderDesk> orderDesk;
  private final io.frontline.handoff.StaffChannel staffChannel;
  private final NewsSubscriptions news;
  private final boolean shared;

  UpdateProcessor(
      Database db,
      StateStore states,
      OutboxStore outbox,
      BiFunction<StateStore, Outbox, Conversations> conversations,
      Wordings words,
      FloodGate flood,
      Typing typing,
      Clock clock,
      Runnable wakeSender,
      GroupCommit writes,
      HandoffDesk desk,
      StaffRoom staff,
      Optional<OrderDesk> orderDesk,
      io.frontline.handoff.StaffChannel staffChannel) {
    this.staffChannel = staffChannel;
    this.desk = desk;
    this.staff = staff;
    this.orders = db.orders();
    this.eraser = db.eraser();
    this.news = new NewsSubscriptions(db.subscriptions(), orders, clock);
    this.orderDesk = orderDesk;
    this.writes = writes;
    this.journal = db.journal();
    this.shared = db.dialect().shared();
    this.clients = db.clients();
    this.transcript = db.transcript();
    this.decisions = db.decisions();
    this.outbox = outbox;
    this.states = states;
    this.conversations = conversations;
    this.words = words;
    this.flood = flood;
    this.typing = typing;
    this.clock = clock;
    this.wakeSender = wakeSender;
  }

  /** Processes one journaled update; throws (and changes nothing) when the store fails. */
  void process(JournaledUpdate u) {
    Incoming in = Incoming.parse(u.payload());
    // Staff updates (the staff group; in direct mode, staff private chats) have a handler of their
    // own; who wrote is found out here, since it may ask Telegram for the group's admins.
    Optional<StaffRoom.Turn> staffTurn = staff.prepare(in, u.payload());
    if (staffTurn.isEmpty() && mayAnswer(in)) {
      typing.show(in.chat());
    }
    ClientInfo speaker = speaker(in);
    // The decision is worked out before the transaction, so the store's one writer (SQLite has one
    // for the whole database) is busy with the writes only, not with the engine's thinking. The
    // transaction may be shared with other updates' (a group commit); it is all or nothing for this one.
    Optional<Prepared> prepared = staffTurn.isPresent() ? Optional.empty() : prepare(in, speaker);
    boolean replied =
        writes.run(
            () -> {
              // Several instances: one chat's updates one at a time, oldest first, whichever
              // instance received them (a lane orders them only within this instance).
              if (shared && !u.chat().equals(Incoming.NO_CHAT)) {
                journal.lockChat(u.chat());
                if (journal.earlierUnprocessed(u.chat(), u.updateId())) {
                  throw new Dispatcher.NotYet("an older update of the chat is not processed yet");
                }
              }
              // Then: a second instance processing the same update waits here, then skips it.
              if (!journal.markProcessed(u.updateId())) {
                return false;
              }
              Replies out = new Replies(u.updateId(), in.chat(), speaker, prepared);
              if (staffTurn.isPresent()) {
                staff.about(staffTurn.get()).ifPresent(client -> journal.about(u.updateId(), client));
                staff.handle(staffTurn.get(), out);
              } else {
                handle(in, u, out);
              }
              return out.count() > 0;
            });
    if (replied) {
      wakeSender.run();
    }
  }

  /** Gives up on an update that failed again and again: marked processed, so its chat goes on. */
  boolean skip(JournaledUpdate u) {
    return writes.run(() -> journal.markProcessed(u.updateId()));
  }

  /**
   * The client as the conversation sees them: a language chosen with /language stands in for the
   * language of their Telegram app (what the store keeps as the client's language stays Telegram's).
   */
  private ClientInfo speaker(Incoming in) {
    ClientInfo from = in.from();
    boolean fromClient =
        in.isPrivate() && !in.fromBot() && in.kind() != Incoming.Kind.OTHER && in.kind() != Incoming.Kind.MY_CHAT_MEMBER;
    if (!fromClient) {
      return from;
    }
    return clients.find(in.chat())
        .flatMap(Client::chosenLanguage)
        .map(l -> new ClientInfo(from.userId(), from.username(), from.firstName(), Optional.of(l)))
        .orElse(from);
  }

  private static boolean mayAnswer(Incoming in) {
    return in.isPrivate()
        && !in.fromBot()
        && (in.kind() == Incoming.Kind.MESSAGE && (!in.text().isBlank() || in.media().isPresent())
            || in.kind() == Incoming.Kind.EDITED_MESSAGE && !in.text().isBlank());
  }

  private void handle(Incoming in, JournaledUpdate u, Replies out) {
    switch (in.kind()) {
      case MESSAGE, EDITED_MESSAGE -> message(in, u, out);
      case CALLBACK_QUERY -> callback(in, out);
      case MY_CHAT_MEMBER -> membership(in);
      case OTHER -> LOG.debug("update={} ignored: not a kind the bot answers", u.updateId());
    }
  }

  private void message(Incoming in, JournaledUpdate u, Replies out) {
    if (!in.isPrivate() || in.fromBot()) {
      LOG.debug("update={} ignored: {} chat{}", in.updateId(), in.chatType(), in.fromBot() ? ", from a bot" : "");
      return;
    }
    ChatId chat = in.chat();
    Instant now = clock.instant();
    clients.seen(chat, in.from(), now);
    // A client who writes has not blocked the bot (any more).
    clients.setBlocked(chat, false);
    transcript.append(
        new TranscriptEntry(
            chat, Direction.IN, in.text(), in.media(), now, Optional.of(in.updateId()), in.messageId()));
    boolean edited = in.kind() == Incoming.Kind.EDITED_MESSAGE;
    if (in.text().isBlank() && (edited || in.media().isEmpty())) {
      // A service message (write access allowed, pinned...) or a live location moving: nothing to say.
      return;
    }
    Optional<Handoff> handoff = desk.active(chat);
    boolean forget = !edited && in.command().map(c -> c.name().equals("forget")).orElse(false);
    // /forget is the client's right whoever owns the chat: the bot asks, not the person.
    if (handoff.isPresent() && !forget) {
      // A person owns the chat: the message is theirs to answer, not the bot's.
      desk.clientWrote(handoff.get(), in, RawMessage.parse(u.payload()), out);
      return;
    }
    Instant sent = in.sentAt().equals(Instant.EPOCH) ? u.receivedAt() : in.sentAt();
    switch (flood.check(chat, sent)) {
      case ANSWER -> {}
      case NOTE -> {
        String lang = words.languageFor(states.get(chat).language(), out.speaker);
        say(out, chat, lang, words.say(lang, "flood"), "flood: the client writes faster than we can answer", List.of());
        return;
      }
      case QUIET -> {
        LOG.debug("chat={} update={} kept, not answered: flood", chat.value(), in.updateId());
        return;
      }
    }
    Optional<Incoming.Command> command = edited ? Optional.empty() : in.command();
    if (command.isPresent()) {
      command(in, command.get(), out);
    } else if (in.text().isBlank()) {
      String lang = words.languageFor(states.get(chat).language(), out.speaker);
      say(out, chat, lang, words.say(lang, "media_received"), "media without a caption: " + in.media().get().kind(), List.of());
    } else {
      converse(chat, in.text(), out.speaker, out);
    }
  }

  private void command(Incoming in, Incoming.Command command, Replies out) {
    ChatId chat = in.chat();
    String lang = words.languageFor(states.get(chat).language(), out.speaker);
    switch (command.name()) {
      case "start" -> {
        if (!command.args().isBlank()) {
          clients.recordContactSource(chat, command.args());
        }
        say(out, chat, lang, words.greeting(lang, in.from().firstName()), "/start", List.of());
      }
      case "subscribe", "unsubscribe" -> {
        String key = news.command(command.name(), chat).orElseThrow();
        say(out, chat, lang, words.plain(lang, key), "/" + command.name(), List.of());
      }
      case "human" -> converse(chat, words.clientPhrase(Signal.HUMAN, lang), out.speaker, out);
      case "forget" ->
          say(out, chat, lang, words.plain(lang, "forget_confirm"), "/forget", List.of(List.of(
              new OutboxPayload.Button(words.plain(lang, "forget_yes_button"), FORGET_YES),
              new OutboxPayload.Button(words.plain(lang, "forget_no_button"), FORGET_NO))));
      case "language" -> {
        List<List<OutboxPayload.Button>> rows = new ArrayList<>();
        List<OutboxPayload.Button> row = new ArrayList<>();
        for (String l : words.spoken()) {
          row.add(new OutboxPayload.Button(words.nativeName(l), LANGUAGE_BUTTON + l));
          if (row.size() == 2) {
            rows.add(row);
            row = new ArrayList<>();
          }
        }
        if (!row.isEmpty()) {
          rows.add(row);
        }
        say(out, chat, lang, words.say(lang, "language_prompt"), "/language", rows);
      }
      // /help, and any command we do not have: say what the bot can do.
      default -> say(out, chat, lang, words.say(lang, "help"), "/" + command.name(), List.of());
    }
  }

  private void callback(Incoming in, Replies out) {
    ChatId chat = in.chat();
    // Always first, so the client's button stops spinning whatever else happens.
    in.callbackId().filter(id -> !id.isBlank()).ifPresent(id -> out.enqueue(OutboxPayload.callbackAnswer(chat, id, out.nextKey())));
    if (!in.isPrivate() || in.fromBot()) {
      return;
    }
    clients.seen(chat, in.from(), clock.instant());
    String data = in.callbackData().orElse("");
    if (data.startsWith(LANGUAGE_BUTTON) && words.speaks(data.substring(LANGUAGE_BUTTON.length()))) {
      String lang = data.substring(LANGUAGE_BUTTON.length());
      clients.chooseLanguage(chat, lang);
      transcript.append(
          new TranscriptEntry(chat, Direction.IN, "[" + words.nativeName(lang) + "]", Optional.empty(),
              clock.instant(), Optional.of(in.updateId()), Optional.empty()));
      say(out, chat, lang, words.say(lang, "language_set"), "language chosen: " + lang, List.of());
    } else if (data.startsWith(NewsSubscriptions.BUTTONS)) {
      String lang = words.languageFor(states.get(chat).language(), out.speaker);
      news.button(data, chat).ifPresent(key -> say(out, chat, lang, words.plain(lang, key), "news button: " + data, List.of()));
    } else if (data.equals(FORGET_YES)) {
      forget(chat, in, out);
    } else if (data.equals(FORGET_NO)) {
      String lang = words.languageFor(states.get(chat).language(), out.speaker);
      say(out, chat, lang, words.plain(lang, "forget_kept"), "forget: the client kept their data", List.of());
    } else if (data.equals(LEAD_BUTTON) || data.equals(ORDER_YES) || data.equals(SUGGESTION_YES)) {
      String lang = words.languageFor(states.get(chat).language(), out.speaker);
      converse(chat, words.clientPhrase(Signal.YES, lang), out.speaker, out);
    } else if (data.equals(ORDER_NO) || data.equals(SUGGESTION_NO)) {
      String lang = words.languageFor(states.get(chat).language(), out.speaker);
      converse(chat, words.clientPhrase(Signal.NO, lang), out.speaker, out);
    } else if (data.startsWith(ORDER_SLOT) && data.substring(ORDER_SLOT.length()).matches("[1-9]")) {
      // The slot's number, as the client would type it under the list.
      converse(chat, data.substring(ORDER_SLOT.length()), out.speaker, out);
    } else {
      LOG.debug("chat={} update={} button with unknown data: answered, nothing more", chat.value(), in.updateId());
    }
  }

  /**
   * The client confirmed /forget: their data and history go in this same transaction (orders stay,
   * anonymised), and the last message says so. Nothing of this exchange is logged or transcribed.
   */
  private void forget(ChatId chat, Incoming in, Replies out) {
    String lang = words.languageFor(states.get(chat).language(), out.speaker);
    states.put(chat, ConversationState.NEW);
    java.util.Map<String, Integer> changed = eraser.forget(chat);
    LOG.info("chat={} forgotten at the client's request: {}", chat.value(), changed);
    // The forgetting also removed this update's answer to the button: answer it again.
    in.callbackId().filter(id -> !id.isBlank()).ifPresent(id -> out.enqueue(OutboxPayload.callbackAnswer(chat, id, out.nextKey())));
    out.enqueue(OutboxPayload.text(chat, new OutboxPayload.Text(words.plain(lang, "forget_done"), List.of()), out.nextKey()));
  }

  private void membership(Incoming in) {
    if (!in.isPrivate()) {
      return;
    }
    String status = in.memberStatus().orElse("");
    if (status.equals("kicked") || status.equals("member")) {
      clients.seen(in.chat(), in.from(), clock.instant());
      clients.setBlocked(in.chat(), status.equals("kicked"));
      LOG.info("chat={} the client {} the bot", in.chat().value(), status.equals("kicked") ? "blocked" : "unblocked");
    }
  }

  /** The client's words through the conversation: decision, guards, state, reply. */
  private void converse(ChatId chat, String text, ClientInfo from, Replies out) {
    Decision d;
    Instant now;
    Optional<Prepared> ready = out.prepared.filter(p -> p.chat.equals(chat) && p.text.equals(text));
    if (ready.isPresent() && states.get(chat).equals(ready.get().before)) {
      // Decided before the transaction on the state that is still the chat's: keep it.
      Prepared p = ready.get();
      states.put(chat, p.after);
      p.replies.forEach(out::enqueue);
      d = p.decision;
      now = p.at;
    } else {
      now = clock.instant();
      d = conversations.apply(states, out).handle(chat, new ClientMessage(text, from, now));
    }
    decisions.append(new LoggedDecision(chat, Optional.of(out.updateId), d, now));
    d.contactSource().ifPresent(source -> clients.recordContactSource(chat, source));
    // In the same transaction as the decision: an order is recorded, and its card sent, exactly once.
    Optional<Long> placed = orders.record(chat, d, now);
    if (placed.isPresent() && orderDesk.isPresent()) {
      staffChannel.post(orderDesk.get().card(chat, placed.get(), d.aftercare().placed().orElseThrow(), from));
    }
    if (d.action() == Action.ESCALATE) {
      desk.open(chat, d, text, out);
    }
  }

  /**
   * A conversation decision made before the transaction, on the chat's state as read then. Inside
   * the transaction it is used only if the state is still the same (with one lane per chat it is,
   * unless another instance handled the chat meanwhile); otherwise the decision is made again. The
   * engine is pure, so deciding twice costs time, never correctness.
   */
  private record Prepared(
      ChatId chat, String text, Instant at, ConversationState before, ConversationState after,
      Decision decision, List<io.frontline.conversation.Outgoing> replies) {}

  /** The conversation's decision for a plain client text, worked out ahead; empty for anything else. */
  private Optional<Prepared> prepare(Incoming in, ClientInfo speaker) {
    boolean plainText =
        (in.kind() == Incoming.Kind.MESSAGE || in.kind() == Incoming.Kind.EDITED_MESSAGE)
            && in.isPrivate()
            && !in.fromBot()
            && !in.text().isBlank()
            && (in.kind() == Incoming.Kind.EDITED_MESSAGE || in.command().isEmpty());
    if (!plainText) {
      return Optional.empty();
    }
    try {
      ChatId chat = in.chat();
      ConversationState before = states.get(chat);
      ConversationState[] after = {before};
      List<io.frontline.conversation.Outgoing> replies = new ArrayList<>();
      StateStore ahead =
          new StateStore() {
            @Override
            public ConversationState get(ChatId c) {
              return c.equals(chat) ? after[0] : ConversationState.NEW;
            }

            @Override
            public void put(ChatId c, ConversationState state) {
              if (c.equals(chat)) {
                after[0] = state;
              }
            }
          };
      Instant at = clock.instant();
      Decision d = conversations.apply(ahead, replies::add).handle(chat, new ClientMessage(in.text(), speaker, at));
      return Optional.of(new Prepared(chat, in.text(), at, before, after[0], d, List.copyOf(replies)));
    } catch (RuntimeException e) {
      LOG.debug("update={} not decided ahead ({}); deciding in the transaction", in.updateId(), e.toString());
      return Optional.empty();
    }
  }

  /** A reply of the transport's own (commands, media, flood), logged like a decision. */
  private void say(
      Replies out, ChatId chat, String lang, String text, String reason, List<List<OutboxPayload.Button>> buttons) {
    Instant now = clock.instant();
    Decision d =
        new Decision(Action.ANSWER, text, lang, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), reason);
    ConversationState state = states.get(chat);
    states.put(chat, state.after(d));
    out.text(chat, text, buttons);
    decisions.append(new LoggedDecision(chat, Optional.of(out.updateId), d, now));
  }

  /**
   * The update's replies: outbox rows keyed {@code update:<id>:<n>}, texts split to Telegram's
   * length, each reply to the client also in the transcript. Also the {@link Outbox} the
   * conversation writes to.
   */
  private final class Replies implements Outbox, Sink {
    final long updateId;
    final ChatId client;
    final ClientInfo speaker;
    final Optional<Prepared> prepared;
    private final KeyedSink sink;

    Replies(long updateId, ChatId client, ClientInfo speaker, Optional<Prepared> prepared) {
      this.updateId = updateId;
      this.client = client;
      this.speaker = speaker;
      this.prepared = prepared;
      this.sink = KeyedSink.forUpdate(outbox, transcript, clock, updateId);
    }

    int count() {
      return sink.count();
    }

    @Override
    public String nextKey() {
      return sink.nextKey();
    }

    @Override
    public void enqueue(OutboxMessage m) {
      sink.enqueue(m);
    }

    @Override
    public void say(ChatId chat, String text) {
      sink.say(chat, text);
    }

    void text(ChatId chat, String text, List<List<OutboxPayload.Button>> buttons) {
      sink.text(chat, text, buttons, chat.equals(client));
    }

    @Override
    public void enqueue(io.frontline.conversation.Outgoing reply) {
      List<List<OutboxPayload.Button>> buttons = List.of();
      Optional<WarmLead> lead = reply.decision().warmLead();
      if (reply.chat().equals(client) && lead.isPresent() && !lead.get().agreed()) {
        String lang = reply.decision().language();
        buttons = List.of(List.of(new OutboxPayload.Button(words.warmLeadButton(lead.get().partner(), lang), LEAD_BUTTON)));
      } else if (reply.chat().equals(client)) {
        buttons = AftercareButtons.of(reply.decision(), words);
        if (buttons.isEmpty() && news.offerAfter(reply.decision(), client)) {
          String lang = reply.decision().language();
          buttons = List.of(List.of(
              new OutboxPayload.Button(words.plain(lang, "subscribe_button"), NewsSubscriptions.SUBSCRIBE_BUTTON)));
        }
      }
      text(reply.chat(), reply.text(), buttons);
    }
  }
}
