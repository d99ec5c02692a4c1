package io.frontline.llm;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.output.OutputParsingException;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.frontline.decision.Action;
import io.frontline.decision.Aftercare;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.ConversationState;
import io.frontline.decision.Decision;
import io.frontline.decision.DecisionEngine;
import io.frontline.guard.ReplyGuard;
import io.frontline.guard.Verdict;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.retrieval.Hit;
import io.frontline.retrieval.KnowledgeRetriever;
import io.frontline.text.CleanText;
import io.frontline.text.MoneyAmounts;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision engine with a model: natural replies, the same rules. For every message the
 * deterministic core decides first; a person-needed case (complaint, refund, "a human"...) and an
 * answer to the bot's own question stay with it. Otherwise the model writes the reply, with the
 * search's best entries in its prompt and the bot's capabilities as tools, and its decision is
 * checked: every cited id must be one the search handed out, a referral names a partner the
 * search found, a hand-over the person the staff router chose, and the reply passes every guard.
 * A refused draft is asked for once more with the reason, compactly ({@link Redraft}); a second
 * refusal, a timeout, an error, a rate limit, output that is no decision or a call that would
 * take the turn past its {@link TokenBudget}, and the client gets the deterministic answer to the
 * same message within the deadline. The client never sees a model failure.
 *
 * <p>One chat's model calls never overlap (its memory would be corrupted: langchain4j #1966,
 * #3133): a turn holds the chat's permit until its call is over, even a call abandoned at the
 * deadline. Memory is kept per chat in a {@link ChatMemoryStore} and holds only what the client
 * wrote and what the client was actually sent.
 */
public final class LlmEngine implements DecisionEngine, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LlmEngine.class);

  /** The turn the calling worker thread is in, for the token meter. */
  static final ThreadLocal<Turn> CURRENT = new ThreadLocal<>();

  /** Messages of history kept per chat (two exchanges): enough to follow, cheap in tokens. */
  static final int HISTORY = 4;
  /** The bot's replies are remembered up to this many characters. */
  static final int REMEMBERED_REPLY = 400;
  /** Knowledge entries put in the prompt for a message; the search tool can fetch more. */
  static final int FACTS = 3;
  /** A client message is cut to this many characters for the model (and for its memory). */
  static final int MAX_MESSAGE = 1_000;
  /** Tool rounds within one call before it counts as a loop. */
  static final int MAX_TOOL_ROUNDS = 4;

  private final DecisionEngine rules;
  private final ReplyGuard guards;
  private final Knowledge knowledge;
  private final KnowledgeCards cards;
  private final InjectionCheck injections;
  private final ChatMemoryStore memory;
  private final Duration deadline;
  private final ExecutorService workers;
  private final FrontDesk desk;
  private final Redraft redraft;
  private final TokenBudget budget;
  private final Turns turns = new Turns();
  private final LoadingCache<Long, Semaphore> permits =
      Caffeine.newBuilder().weakValues().build(chat -> new Semaphore(1));
  private final Counters counters = new Counters();
  private final List<Consumer<TurnReport>> observers = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * @param model the provider's chat model
   * @param estimator counts input tokens for the per-turn figures
   * @param rules the deterministic engine: the first reading of every message and the fallback
   * @param guards the rules every reply keeps, run strictly (the language guard without the
   *     default-language excuse)
   * @param memory the chats' model memory (the store's, or in memory for the console)
   * @param workers runs model calls, so the caller can stop waiting at the deadline; owned by the
   *     engine and shut down by {@link #close}
   */
  public LlmEngine(
      ChatModel model,
      TokenCountEstimator estimator,
      SystemPrompt prompt,
      DecisionEngine rules,
      ReplyGuard guards,
      Knowledge knowledge,
      KnowledgeRetriever retriever,
      InjectionCheck injections,
      ChatMemoryStore memory,
      Duration deadline,
      ExecutorService workers) {
    this.rules = Objects.requireNonNull(rules);
    this.guards = Objects.requireNonNull(guards);
    this.knowledge = knowledge;
    this.cards = new KnowledgeCards(knowledge, retriever);
    this.injections = injections;
    this.memory = memory;
    this.deadline = deadline;
    this.workers = workers;
    this.budget = new TokenBudget(estimator);
    TurnMemoryStore scratch = new TurnMemoryStore(turns);
    String system = prompt.template();
    TurnChatModel turnModel = new TurnChatModel(model, budget);
    this.redraft =
        AiServices.builder(Redraft.class).chatModel(turnModel).systemMessageProvider(any -> system).build();
    this.desk =
        AiServices.builder(FrontDesk.class)
            .chatModel(turnModel)
            .systemMessageProvider(chat -> system)
            .chatMemoryProvider(
                chat ->
                    MessageWindowChatMemory.builder()
                        .id(chat)
                        .maxMessages(HISTORY + 2 * MAX_TOOL_ROUNDS + 6)
                        .chatMemoryStore(scratch)
                        .build())
            .tools(new FrontDeskTools(turns, cards, knowledge))
            .maxSequentialToolsInvocations(MAX_TOOL_ROUNDS)
            // A broken tool call is told to the model, which may correct it; it is not a crash.
            .hallucinatedToolNameStrategy(
                r -> ToolExecutionResultMessage.from(r, "There is no tool called '" + r.name() + "'."))
            .toolArgumentsErrorHandler(
                (error, context) -> ToolErrorHandlerResult.text("Invalid arguments: " + error.getMessage()))
            .toolExecutionErrorHandler(
                (error, context) -> ToolErrorHandlerResult.text("The tool failed: " + error.getMessage()))
            .build();
  }

  /** Tells {@code observer} how each message was answered (the scenario runner's figures). */
  public void observe(Consumer<TurnReport> observer) {
    observers.add(observer);
  }

  public LlmStats stats() {
    return counters.snapshot();
  }

  /** Forgets a chat's model memory (a scenario run starts afresh). */
  public void forget(long chat) {
    memory.deleteMessages(chat);
  }

  @Override
  public Decision decide(ClientMessage message, ConversationState state) {
    // Without a chat, the client's id keeps one client's memory apart from another's.
    return decide(message.client().userId().orElse(0L), message, state);
  }

  @Override
  public Decision decide(long chat, ClientMessage message, ConversationState state) {
    counters.turns.increment();
    Decision ruled = rules.decide(message, state);
    if (staysWithRules(ruled, state, message)) {
      counters.handledByRules.increment();
      remember(chat, message, ruled.reply());
      report(new Turn(chat, message, ruled.language()), "rules");
      return ruled;
    }
    Optional<String> injection = injections.find(message.text());
    if (injection.isPresent()) {
      counters.injections.increment();
      LOG.warn("chat={} the client's text tries to instruct the model (\"{}\"): the rules answer", chat, injection.get());
      report(new Turn(chat, message, ruled.language()), "fallback:injection");
      return because(ruled, "injection");
    }
    Turn turn = new Turn(chat, message, ruled.language());
    long until = System.nanoTime() + deadline.toNanos();
    Future<Decision> work = workers.submit(() -> work(turn, ruled, state, until));
    try {
      Decision d = work.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
      return d;
    } catch (TimeoutException e) {
      if (!turn.delivered.compareAndSet(null, ruled.reply())) {
        // The model's worker won the race by a hair: its answer is settled; wait for it.
        return join(work, ruled, turn);
      }
      turn.abandoned.set(true);
      work.cancel(true);
      counters.timeouts.increment();
      LOG.warn("chat={} the model took longer than {} ms: the rules answer", chat, deadline.toMillis());
      report(turn, "fallback:timeout");
      return because(ruled, "timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn.delivered.compareAndSet(null, ruled.reply());
      turn.abandoned.set(true);
      return because(ruled, "interrupted");
    } catch (ExecutionException e) {
      turn.delivered.compareAndSet(null, ruled.reply());
      return failed(turn, ruled, e.getCause());
    }
  }

  private Decision join(Future<Decision> work, Decision ruled, Turn turn) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return because(ruled, "interrupted");
    } catch (ExecutionException e) {
      return failed(turn, ruled, e.getCause());
    }
  }

  private Decision failed(Turn turn, Decision ruled, Throwable cause) {
    String why;
    if (cause instanceof Busy) {
      counters.busy.increment();
      why = "busy";
    } else if (isOverBudget(cause)) {
      counters.overBudget.increment();
      why = "budget";
    } else if (cause instanceof RateLimitException || cause != null && cause.getCause() instanceof RateLimitException) {
      counters.rateLimited.increment();
      why = "rate-limit";
    } else if (cause instanceof Nonsense || cause instanceof OutputParsingException || isParsing(cause)) {
      counters.nonsense.increment();
      why = "nonsense";
    } else if (isTimeout(cause)) {
      counters.timeouts.increment();
      why = "timeout";
    } else {
      counters.errors.increment();
      why = "error";
    }
    LOG.warn("chat={} the model failed ({}): the rules answer: {}", turn.chat, why, String.valueOf(cause));
    report(turn, "fallback:" + why);
    return because(ruled, why);
  }

  private static boolean isTimeout(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof dev.langchain4j.exception.TimeoutException
          || c instanceof java.net.http.HttpTimeoutException
          || c instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOverBudget(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TokenBudget.Exceeded) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParsing(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof com.fasterxml.jackson.core.JsonProcessingException || c instanceof OutputParsingException) {
        return true;
      }
    }
    return false;
  }

  /** The deterministic decision, marked with why it was used instead of the model's. */
  private static Decision because(Decision ruled, String why) {
    return new Decision(
        ruled.action(), ruled.reply(), ruled.language(), ruled.knowledgeIds(), ruled.partner(), ruled.staff(),
        ruled.topic(), "llm fallback (" + why + "); " + ruled.reason(), ruled.request(), ruled.contactSource(),
        ruled.asksSource(), ruled.warmLead());
  }

  /**
   * What the model is not asked about: a person takes over (the rules choose who, from the
   * knowledge), the client answers the bot's own question or button, an order or a suggestion is
   * under way (its total is computed from the catalog and recorded exactly once; a model's wording
   * would lose the draft), or there are no words.
   */
  private static boolean staysWithRules(Decision ruled, ConversationState state, ClientMessage message) {
    return ruled.action() == Action.ESCALATE
        || !ruled.aftercare().equals(Aftercare.NONE)
        || state.order().isPresent()
        || state.pendingSuggestion().isPresent()
        || state.pendingLead().isPresent()
        || ruled.warmLead().isPresent()
        || ruled.contactSource().isPresent()
        || !CleanText.of(message.text()).hasWords();
  }

  /** The model's turn, on a worker thread: holds the chat's permit from the first call to the last. */
  private Decision work(Turn turn, Decision ruled, ConversationState state, long until) throws Exception {
    Semaphore permit = permits.get(turn.chat);
    if (!permit.tryAcquire(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      throw new Busy();
    }
    CURRENT.set(turn);
    try {
      List<ChatMessage> before = memory.getMessages(turn.chat);
      turn.memory = before;
      turn.history = before;
      turns.begin(turn);
      Outcome o;
      try {
        o = converse(turn, ruled);
      } catch (Exception | Error e) {
        turn.delivered.compareAndSet(null, ruled.reply());
        settle(turn, before, turn.delivered.get());
        throw e;
      }
      if (turn.delivered.compareAndSet(null, o.decision().reply())) {
        settle(turn, before, o.decision().reply());
        if (o.byModel()) {
          counters.modelAnswers.increment();
        } else {
          counters.ruleFallbacks.increment();
        }
        report(turn, o.answeredBy());
      } else {
        // The deadline passed first: the client got the rules' reply, and so does the memory.
        settle(turn, before, turn.delivered.get());
      }
      return o.decision();
    } finally {
      turns.end(turn);
      desk.evictChatMemory(turn.chat);
      CURRENT.remove();
      permit.release();
    }
  }

  private record Outcome(Decision decision, String answeredBy) {
    boolean byModel() {
      return answeredBy.startsWith("model");
    }
  }

  private Outcome converse(Turn turn, Decision ruled) {
    String lang = turn.language;
    String clientText = forModel(turn.message.text());
    List<KnowledgeCards.Card> facts =
        budget.fit(cards.relevant(factIds(ruled), CleanText.of(turn.message.text()).text(), lang, FACTS), TokenBudget.FACTS);
    turn.handedOut(facts);
    String factsText = KnowledgeCards.render(facts);
    String language = languageName(lang);
    String now = now(turn);

    Result<ModelDecision> first = desk.decide(turn.chat, turn.slot(clientText), language, now, factsText);
    count(turn, first);
    Candidate c = read(turn, ruled, first.content());
    if (c.verdict().passed()) {
      return new Outcome(c.decision(), "model");
    }
    counters.retries.increment();
    LOG.info("chat={} the model's draft was refused ({}: {}); asking again", turn.chat, c.verdict().guard(), c.verdict().reason());
    if (turn.abandoned.get()) {
      throw new IllegalStateException("abandoned at the deadline");
    }
    // Compact: no tools, no history, only the cards this turn handed out (the draft's first).
    String retryFacts = KnowledgeCards.render(budget.fit(turn.handedOutCards(first.content().knowledgeIds()), TokenBudget.FACTS));
    String note = note(turn, clientText, first.content(), c.verdict());
    Result<ModelDecision> second = redraft.redraft(turn.slot(note), language, now, retryFacts);
    count(turn, second);
    Candidate c2 = read(turn, ruled, second.content());
    if (c2.verdict().passed()) {
      return new Outcome(c2.decision(), "model-retry");
    }
    LOG.warn(
        "chat={} the model's second draft was refused too ({}: {}): the rules answer",
        turn.chat, c2.verdict().guard(), c2.verdict().reason());
    return new Outcome(because(ruled, "refused twice: " + c2.verdict().guard()), "fallback:refused");
  }

  /** What the compact retry tells the model: why its draft was not sent, the draft, the client's message. */
  private String note(Turn turn, String clientText, ModelDecision draft, Verdict refusal) {
    StringBuilder s = new StringBuilder();
    s.append("(A note from Frontline, not from the client.) Your last answer was not sent to the client: ")
        .append(refusal.guard()).append(": ").append(refusal.reason()).append(".\n")
        .append(NOTE_DRAFT).append(draft.action()).append(" \"").append(draft.reply().strip()).append("\" citing ")
        .append(draft.knowledgeIds()).append('\n');
    turn.handover.ifPresent(h -> knowledge.staffMember(h.staff()).ifPresent(p -> s.append(
        "handOver was called: ").append(p.name().in(turn.language, knowledge.defaultLanguage()))
        .append(" takes over (staff=").append(p.id()).append(").\n")));
    s.append("Answer the client's message again, keeping every rule; cite only ids from FACTS.\n")
        .append(NOTE_CLIENT).append(clientText);
    return s.toString();
  }

  /** Where the retry note quotes the refused draft and the client (a test model reads them back). */
  static final String NOTE_DRAFT = "Your refused draft: ";
  static final String NOTE_CLIENT = "The client's message: ";

  private static List<String> factIds(Decision ruled) {
    List<String> ids = new ArrayList<>(ruled.knowledgeIds());
    ruled.partner().ifPresent(ids::add);
    return ids;
  }

  private record Candidate(Decision decision, Verdict verdict) {}

  /** The model's decision as a {@link Decision}, and whether it may be sent. */
  private Candidate read(Turn turn, Decision ruled, ModelDecision m) {
    if (m == null || m.reply() == null || m.reply().isBlank() || m.action() == null) {
      throw new Nonsense("no reply or no action");
    }
    Action action = Action.fromKey(m.action()).orElseThrow(() -> new Nonsense("unknown action '" + m.action() + "'"));
    String reply = m.reply().strip();
    Optional<String> partner = Optional.ofNullable(m.partner()).map(String::strip).filter(s -> !s.isEmpty() && !"null".equals(s));
    Optional<String> staff = Optional.empty();
    Optional<String> topic = Optional.empty();
    String reason = "llm" + (turn.tools.isEmpty() ? "" : " (tools: " + String.join(", ", turn.tools) + ")");
    Verdict grounding = Verdict.PASS;
    for (String id : m.knowledgeIds()) {
      if (!turn.wasHandedOut(id)) {
        grounding = Verdict.reject("grounding", "knowledgeIds cites \"" + id + "\", which no search returned: cite only ids from FACTS or your searches");
      }
    }
    if (grounding.passed()) {
      grounding = amountsGrounded(turn, reply, m.knowledgeIds(), partner);
    }
    if (action == Action.REFER) {
      if (partner.isEmpty() || !turn.wasHandedOutAs(partner.get(), Hit.Kind.PARTNER)) {
        grounding = Verdict.reject("grounding", "a referral must name a partner id that searchKnowledge or findPartner returned");
      }
    } else {
      partner = Optional.empty();
    }
    if (action == Action.ESCALATE) {
      Optional<Turn.Handover> h = turn.handover;
      if (h.isEmpty()) {
        grounding = Verdict.reject("grounding", "to hand over, call handOver first and name the person it returns");
      } else {
        StaffMember s = knowledge.staffMember(h.get().staff()).orElseThrow();
        staff = Optional.of(s.id());
        topic = Optional.of(h.get().topic());
        reason += "; hand-over: " + h.get().reason() + "; summary: " + h.get().summary();
        if (!namesPerson(reply, s)) {
          grounding = Verdict.reject("grounding", "the reply must tell the client the name of the person taking over, " + s.name().in(turn.language, knowledge.defaultLanguage()));
        }
      }
    }
    Decision d =
        new Decision(
            action, reply, turn.language, m.knowledgeIds(), partner, staff, topic, reason, ruled.request(),
            turn.contactSource, false, Optional.empty());
    if (!grounding.passed()) {
      return new Candidate(d, grounding);
    }
    return new Candidate(d, guards.check(d));
  }

  /**
   * Every amount of money in the reply must be stated by an entry the reply cites. The price guard
   * only knows that an amount is some catalog price; a model can pin the cups' price on the water.
   */
  private static Verdict amountsGrounded(Turn turn, String reply, List<String> cited, Optional<String> partner) {
    java.util.Set<java.math.BigDecimal> stated = new java.util.HashSet<>();
    List<String> sources = new ArrayList<>(cited);
    partner.ifPresent(sources::add);
    for (String id : sources) {
      MoneyAmounts.in(turn.text(id)).forEach(a -> stated.add(a.value().stripTrailingZeros()));
    }
    for (MoneyAmounts.Amount a : MoneyAmounts.in(reply)) {
      if (!stated.contains(a.value().stripTrailingZeros())) {
        return Verdict.reject(
            "grounding",
            "\"" + a.text() + "\" is in none of the entries the reply cites (knowledgeIds " + cited + "): quote only prices those entries state");
      }
    }
    return Verdict.PASS;
  }

  private static boolean namesPerson(String reply, StaffMember s) {
    String r = reply.toLowerCase(Locale.ROOT);
    for (String name : s.name().byLanguage().values()) {
      String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (!first.isEmpty() && r.contains(first)) {
        return true;
      }
    }
    return false;
  }

  private void count(Turn turn, Result<?> r) {
    TokenUsage u = r.tokenUsage();
    if (u != null) {
      long in = u.inputTokenCount() == null ? 0 : u.inputTokenCount();
      long out = u.outputTokenCount() == null ? 0 : u.outputTokenCount();
      turn.reportedInput.addAndGet(in);
      turn.reportedOutput.addAndGet(out);
      counters.inputTokens.add(in);
      counters.outputTokens.add(out);
    }
  }

  /** The model's memory gets what the client wrote and what the client was sent; nothing else. */
  private void settle(Turn turn, List<ChatMessage> before, String sent) {
    // A turn abandoned at the deadline may have been interrupted; its memory is still written.
    boolean interrupted = Thread.interrupted();
    try {
      List<ChatMessage> after = new ArrayList<>(before);
      after.add(UserMessage.from(forModel(turn.message.text())));
      after.add(AiMessage.from(sent.length() <= REMEMBERED_REPLY ? sent : sent.substring(0, REMEMBERED_REPLY) + "…"));
      memory.updateMessages(turn.chat, History.window(after, HISTORY));
    } catch (RuntimeException e) {
      LOG.warn("chat={} the model's memory was not saved: {}", turn.chat, e.toString());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Outside the model's turn (the rules answered): remembered so the model can follow later. */
  private void remember(long chat, ClientMessage message, String reply) {
    Semaphore permit = permits.get(chat);
    // Never keep the client waiting for this: while a model call of the chat still runs, the
    // exchange is simply not remembered.
    boolean got = permit.tryAcquire();
    try {
      if (got) {
        Turn t = new Turn(chat, message, "");
        settle(t, memory.getMessages(chat), reply);
      }
    } catch (RuntimeException e) {
      LOG.warn("chat={} the model's memory was not read: {}", chat, e.toString());
    } finally {
      if (got) {
        permit.release();
      }
    }
  }

  private void report(Turn turn, String answeredBy) {
    if (!turn.reported.compareAndSet(false, true)) {
      return;
    }
    TurnReport r =
        new TurnReport(
            turn.chat, answeredBy, turn.calls.get(), turn.estimatedInput.get(), turn.reportedInput.get(),
            turn.reportedOutput.get(), java.time.Duration.ofNanos(System.nanoTime() - turn.started));
    observers.forEach(o -> o.accept(r));
  }

  private static String forModel(String raw) {
    String t = CleanText.of(raw).text();
    return t.length() <= MAX_MESSAGE ? t : t.substring(0, MAX_MESSAGE) + "…";
  }

  private String now(Turn turn) {
    ZonedDateTime at = turn.message.at().atZone(knowledge.company().timeZone());
    return at.format(DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd HH:mm", Locale.ENGLISH)) + " (" + at.getZone() + ")";
  }

  private static final Map<String, String> LANGUAGE_NAMES = Map.of("uk", "Ukrainian");

  static String languageName(String code) {
    String name = LANGUAGE_NAMES.getOrDefault(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
    return name.isBlank() ? code : name + " (" + code + ")";
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** The chat's previous model call still held its permit at the deadline. */
  private static final class Busy extends Exception {
    Busy() {
      super("the chat's previous model call is still running");
    }
  }

  /** The model's output is no usable decision. */
  static final class Nonsense extends RuntimeException {
    Nonsense(String message) {
      super(message);
    }
  }

  private static final class Counters {
    final java.util.concurrent.atomic.LongAdder turns = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder modelAnswers = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder retries = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder ruleFallbacks = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder timeouts = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder rateLimited = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder errors = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder nonsense = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder injections = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder busy = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder overBudget = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder handledByRules = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder inputTokens = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder outputTokens = new java.util.concurrent.atomic.LongAdder();

    LlmStats snapshot() {
      return new LlmStats(
          turns.sum(), modelAnswers.sum(), retries.sum(), ruleFallbacks.sum(), timeouts.sum(), rateLimited.sum(),
          errors.sum(), nonsense.sum(), injections.sum(), busy.sum(), overBudget.sum(), handledByRules.sum(), inputTokens.sum(),
          outputTokens.sum());
    }
  }
}
