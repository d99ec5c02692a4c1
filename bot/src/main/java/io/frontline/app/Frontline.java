package io.frontline.app;

import io.frontline.conversation.AftercareBook;
import io.frontline.conversation.CachedStateStore;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.DecisionObserver;
import io.frontline.conversation.Outbox;
import io.frontline.conversation.StateStore;
import io.frontline.decision.DecisionEngine;
import io.frontline.decision.DeterministicEngine;
import io.frontline.decision.SafeHandover;
import io.frontline.decision.StaffLoad;
import io.frontline.guard.DiscountGuard;
import io.frontline.handoff.Sla;
import io.frontline.guard.Guards;
import io.frontline.guard.LanguageGuard;
import io.frontline.guard.NeverBounceGuard;
import io.frontline.guard.PriceGuard;
import io.frontline.guard.ReplyGuard;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Problem;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.frontline.handoff.ReasonSummarizer;
import io.frontline.llm.ChatMemoryRows;
import io.frontline.llm.ChatModels;
import io.frontline.llm.InjectionCheck;
import io.frontline.llm.LlmEngine;
import io.frontline.llm.LlmSettings;
import io.frontline.llm.LlmStats;
import io.frontline.llm.LlmSummarizer;
import io.frontline.llm.PersistentChatMemoryStore;
import io.frontline.llm.SystemPrompt;
import io.frontline.llm.TurnReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.frontline.language.CachedLanguageDetector;
import io.frontline.language.LanguageChoice;
import io.frontline.language.LanguageDetector;
import io.frontline.language.LinguaLanguageDetector;
import io.frontline.retrieval.LuceneKnowledgeIndex;
import io.frontline.store.Database;
import io.frontline.telegram.TelegramBot;
import io.frontline.wording.WordingLoader;
import io.frontline.wording.Wording;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The one place where Frontline is put together: knowledge, wording, language detection, retrieval,
 * the decision engine and its guards. Commands and tests ask this class for a pipeline; nothing
 * else constructs the parts.
 */
public final class Frontline {

  private static LanguageDetector sharedDetector;

  private final Knowledge knowledge;
  private final Wording wording;
  private final LanguageDetector detector;
  private final DecisionEngine engine;
  private final ReplyGuard guards;
  private final SafeHandover fallback;
  private final List<Problem> problems;
  private final LuceneKnowledgeIndex index;
  private final LanguageChoice choice;
  /** The model, when one is configured (LLM_PROVIDER); else the deterministic engine alone. */
  private final Optional<Model> model;
  /** The LLM engine of the console and scenario pipelines; built on first use. */
  private LlmEngine llmInMemory;
  /** The LLM engine of the latest Telegram pipelines ({@link #pipelines}), for its figures. */
  private volatile LlmEngine llmLive;

  /**
   * A configured model and how to use it: its settings, the company's system prompt (read with
   * the wording), and where the model's memory of each chat is kept (the store's table under
   * {@code frontline run}, else this process's memory).
   */
  private record Model(ChatModel chat, LlmSettings settings, String systemPrompt, ChatMemoryStore memory) {}

  private Frontline(
      Knowledge knowledge, Wording wording, LanguageDetector detector, List<Problem> problems, Optional<Model> model) {
    this.knowledge = knowledge;
    this.wording = wording;
    this.detector = detector;
    this.problems = List.copyOf(problems);
    Set<String> spoken = new HashSet<>(wording.phrases().languages());
    LanguageChoice choice = new LanguageChoice(detector, spoken, knowledge.defaultLanguage());
    this.index = LuceneKnowledgeIndex.build(knowledge, wording.signals().generalWords());
    this.choice = choice;
    this.engine = new DeterministicEngine(knowledge, index, choice, wording);
    this.guards = guards(knowledge, detector, true);
    this.fallback = new SafeHandover(knowledge, wording.phrases());
    this.model = model;
    // Fail at start (or refuse the reload), not at the first client: the prompt must be usable.
    model.ifPresent(m -> SystemPrompt.of(m.systemPrompt(), knowledge));
  }

  private Frontline(Frontline base, Model model) {
    this.knowledge = base.knowledge;
    this.wording = base.wording;
    this.detector = base.detector;
    this.problems = base.problems;
    this.index = base.index;
    this.choice = base.choice;
    this.engine = base.engine;
    this.guards = base.guards;
    this.fallback = base.fallback;
    this.model = Optional.of(model);
    SystemPrompt.of(model.systemPrompt(), knowledge);
  }

  /**
   * The rules every reply keeps. The deterministic engine may fall back to the company's default
   * language when the knowledge lacks a translation; a model has no such excuse (strict).
   */
  private static ReplyGuard guards(Knowledge knowledge, LanguageDetector detector, boolean allowDefaultLanguage) {
    return new Guards(
        List.of(
            NeverBounceGuard.withBuiltInPatterns(knowledge),
            new PriceGuard(knowledge),
            new DiscountGuard(knowledge),
            new LanguageGuard(detector, knowledge.defaultLanguage(), allowDefaultLanguage)));
  }

  /**
   * Loads the knowledge and the wording.
   *
   * @param prompts a folder with an edited copy of prompts/, or empty for the copy in the jar
   * @throws io.frontline.knowledge.KnowledgeException listing every error with file and line
   */
  public static Frontline load(Path knowledgeDir, Optional<Path> prompts) {
    LoadResult loaded = KnowledgeLoader.load(knowledgeDir);
    Knowledge knowledge = loaded.orThrow();
    WordingLoader.Loaded w =
        WordingLoader.load(
            prompts.map(WordingLoader::folder).orElseGet(WordingLoader::classpath),
            knowledge.defaultLanguage());
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(w.problems());
    return new Frontline(knowledge, w.wording(), detector(), problems, Optional.empty());
  }

  /**
   * {@link #load(Path, Optional)}, with the model {@code llm} names when it names one.
   *
   * @throws IllegalArgumentException the company's system prompt is unusable
   */
  public static Frontline load(Path knowledgeDir, Optional<Path> prompts, LlmSettings llm) {
    Frontline f = load(knowledgeDir, prompts);
    return llm.enabled() ? f.withModel(ChatModels.create(llm), llm, systemPrompt(prompts)) : f;
  }

  /** This pipeline with {@code model} writing the replies (tests pass a scripted one). */
  public Frontline withModel(ChatModel chatModel, LlmSettings settings) {
    return withModel(chatModel, settings, systemPrompt(Optional.empty()));
  }

  private Frontline withModel(ChatModel chatModel, LlmSettings settings, String systemPrompt) {
    return new Frontline(
        this, new Model(chatModel, settings, systemPrompt, new PersistentChatMemoryStore(ChatMemoryRows.inMemory())));
  }

  /**
   * This pipeline with the model's memory of each chat kept in {@code rows} (the store's, for
   * {@code frontline run}). Without a model, this pipeline.
   */
  public Frontline withChatMemory(ChatMemoryRows rows) {
    return model
        .map(m -> new Frontline(this, new Model(m.chat(), m.settings(), m.systemPrompt(), new PersistentChatMemoryStore(rows))))
        .orElse(this);
  }

  /**
   * A pipeline from a reload's checked knowledge and wording, with this pipeline's model, its
   * system prompt read again (the company may have edited it), and its memory.
   */
  public Frontline reloaded(KnowledgeCheck check, Optional<Path> prompts) {
    Frontline next = of(check);
    return model
        .map(m -> new Frontline(next, new Model(m.chat(), m.settings(), systemPrompt(prompts), m.memory())))
        .orElse(next);
  }

  /** prompts/llm/system.md from an edited copy, or else the jar's. */
  private static String systemPrompt(Optional<Path> prompts) {
    try {
      Optional<String> text = prompts.isEmpty() ? Optional.empty() : WordingLoader.folder(prompts.get()).read(SystemPrompt.PATH);
      if (text.isEmpty()) {
        text = WordingLoader.classpath().read(SystemPrompt.PATH);
      }
      return text.orElseThrow(() -> new IllegalStateException("prompts/" + SystemPrompt.PATH + " is missing from the jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine of the console and scenario pipelines: the model's when one is configured. */
  private synchronized DecisionEngine engineInMemory() {
    if (model.isEmpty()) {
      return engine;
    }
    if (llmInMemory == null) {
      llmInMemory = llmEngine(engine);
    }
    return llmInMemory;
  }

  private LlmEngine llmEngine(DecisionEngine rules) {
    Model m = model.orElseThrow();
    return new LlmEngine(
        m.chat(),
        ChatModels.tokenCounter(),
        SystemPrompt.of(m.systemPrompt(), knowledge),
        rules,
        guards(knowledge, detector, false),
        knowledge,
        index,
        InjectionCheck.builtIn(),
        m.memory(),
        m.settings().deadline(),
        Executors.newCachedThreadPool(threads("frontline-llm")));
  }

  /** The LLM engine of the console and scenario pipelines, when a model is configured. */
  public Optional<LlmEngine> llm() {
    return model.isEmpty() ? Optional.empty() : Optional.of((LlmEngine) engineInMemory());
  }

  /**
   * What the model has done so far (fallbacks by cause, retries, tokens): of the Telegram
   * pipelines' engine once they exist, else of the console's. For metrics.
   */
  public Optional<LlmStats> llmStats() {
    LlmEngine live = llmLive;
    if (live != null) {
      return Optional.of(live.stats());
    }
    return llm().map(LlmEngine::stats);
  }

  /** The configured model's settings, if any. */
  public Optional<LlmSettings> llmSettings() {
    return model.map(Model::settings);
  }

  /**
   * A pipeline from knowledge and wording that {@link KnowledgeCheck} passed (a hot reload checks
   * first, then builds, so a refused change never touches the running pipeline).
   *
   * @throws IllegalArgumentException the check did not pass
   */
  public static Frontline of(KnowledgeCheck check) {
    if (!check.passed()) {
      throw new IllegalArgumentException("knowledge with errors: " + check.errors());
    }
    return new Frontline(check.knowledge().orElseThrow(), check.wording().orElseThrow(), detector(), check.problems(), Optional.empty());
  }

  /** Lingua's models take a while to load and are read-only: one detector per process. */
  public static synchronized LanguageDetector detector() {
    if (sharedDetector == null) {
      sharedDetector = new CachedLanguageDetector(new LinguaLanguageDetector(), 50_000);
    }
    return sharedDetector;
  }

  /** A fresh conversation pipeline (its own state) that delivers replies to {@code outbox}. */
  public Conversations conversations(Outbox outbox) {
    return new Conversations(
        engineInMemory(), guards, fallback, new CachedStateStore(100_000, Duration.ofHours(12)), outbox);
  }

  /** A fresh conversation pipeline that reads clients' orders and suggestions from {@code book}. */
  public Conversations conversations(Outbox outbox, AftercareBook book) {
    return new Conversations(
        engineInMemory(), guards, fallback, new CachedStateStore(100_000, Duration.ofHours(12)), outbox, DecisionObserver.NONE, book);
  }

  /** A conversation pipeline over {@code states} (e.g. the store's), delivering to {@code outbox}. */
  public Conversations conversations(StateStore states, Outbox outbox) {
    return new Conversations(engineInMemory(), guards, fallback, states, outbox);
  }

  /** {@link #conversations(StateStore, Outbox)} that tells {@code observer} of each decision. */
  public Conversations conversations(StateStore states, Outbox outbox, DecisionObserver observer) {
    return new Conversations(engineInMemory(), guards, fallback, states, outbox, observer);
  }

  /** {@link #conversations(StateStore, Outbox)} reading clients' orders and suggestions from {@code book}. */
  public Conversations conversations(StateStore states, Outbox outbox, AftercareBook book) {
    return new Conversations(engineInMemory(), guards, fallback, states, outbox, DecisionObserver.NONE, book);
  }

  /**
   * The bot on Telegram ({@code frontline run}): this pipeline, the store, and the Telegram
   * transport with production timeouts and Telegram's limits. Not started; the caller closes the
   * database after the bot.
   */
  public TelegramBot telegram(Config config, Database db) {
    return telegram(config, db, TelegramBot.Tuning.defaults(), Clock.systemUTC());
  }

  /** {@link #telegram(Config, Database)} with other numbers and another clock (tests, benchmarks). */
  public TelegramBot telegram(Config config, Database db, TelegramBot.Tuning tuning, Clock clock) {
    return telegram(config, db, tuning, clock, UnaryOperator.identity());
  }

  /**
   * {@link #telegram(Config, Database, TelegramBot.Tuning, Clock)} with the staff workspace adjusted
   * on top of the configuration: another summarizer for the hand-over card, extra staff commands,
   * the orders count.
   */
  public TelegramBot telegram(
      Config config, Database db, TelegramBot.Tuning tuning, Clock clock, UnaryOperator<TelegramBot.Staff> staff) {
    return telegram(config, db, tuning, clock, pipelines(staffLoad(db), DecisionObserver.NONE, db.orders(), turn -> {}), () -> knowledge, staff);
  }

  /**
   * The bot on Telegram whose conversations come from {@code conversations} for each message (a
   * {@link KnowledgeReloader}'s, so a reloaded pipeline answers the next message) and the staff,
   * partners and company from {@code currentKnowledge} (the reloader's too), with the staff
   * workspace as {@code staffExtras} extends it (the {@code /reload} command, the first-reply metric).
   */
  public TelegramBot telegram(
      Config config,
      Database db,
      TelegramBot.Tuning tuning,
      Clock clock,
      BiFunction<StateStore, Outbox, Conversations> conversations,
      java.util.function.Supplier<Knowledge> currentKnowledge,
      UnaryOperator<TelegramBot.Staff> staffExtras) {
    int cores = Runtime.getRuntime().availableProcessors();
    // Owned by the bot, which shuts them down when it closes; one set per bot, none static.
    TelegramBot.Threads threads =
        new TelegramBot.Threads(
            Executors.newFixedThreadPool(Math.max(2, cores), threads("frontline-worker")),
            Executors.newFixedThreadPool(tuning.maxInFlight(), threads("frontline-sender")),
            // "typing…" is best effort: a full queue drops it.
            new ThreadPoolExecutor(
                2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), threads("frontline-typing"),
                new ThreadPoolExecutor.DiscardPolicy()),
            Executors.newSingleThreadExecutor(threads("frontline-poller")),
            Executors.newFixedThreadPool(4, threads("frontline-webhook")),
            scheduler());
    io.frontline.store.OrderBook orders = db.orders();
    io.frontline.orderdesk.OrderDesk orderDesk = new io.frontline.orderdesk.OrderDesk(knowledge, wording.phrases(), orders, clock);
    TelegramBot.Builder b =
        TelegramBot.builder()
            .token(config.requireToken())
            .apiUrl(config.apiUrl())
            .database(db)
            .conversations(conversations)
            .knowledge(currentKnowledge)
            .wording(
                knowledge,
                wording.phrases(),
                config.promptsDir().map(WordingLoader::folder).orElseGet(WordingLoader::classpath))
            .clock(clock)
            .tuning(tuning)
            .threads(threads)
            .staff(withNews(withOrderDesk(staffExtras.apply(staff(config)), orderDesk, orders, clock), news(db, tuning, clock)))
            .orderDesk(orderDesk);
    if (config.webhook()) {
      InetSocketAddress listen = config.webhookListen();
      b.webhook(
          config.webhookUrl().orElseThrow(),
          config.webhookSecret().orElseThrow(),
          new InetSocketAddress(listen.getHostString(), listen.getPort()));
    }
    return b.build();
  }

  /** The staff workspace; with a model, it writes the hand-over card's summary from the transcript. */
  private TelegramBot.Staff staff(Config config) {
    TelegramBot.Staff staff =
        TelegramBot.Staff.defaults()
            .withGroup(config.staffChatId().map(ChatId::new))
            .withSla(new Sla(config.handoffAnswerWithin()));
    return model.isPresent() ? staff.withSummarizer(summarizer()) : staff;
  }

  /** The hand-over summary: the model's when one is configured, falling back to the reasons'. */
  private io.frontline.handoff.Summarizer summarizer() {
    if (model.isEmpty()) {
      return new ReasonSummarizer();
    }
    Model m = model.get();
    return new LlmSummarizer(
        m.chat(), new ReasonSummarizer(), InjectionCheck.builtIn(),
        Executors.newCachedThreadPool(threads("frontline-llm-summary")), m.settings().timeout());
  }

  /**
   * The retention sweep of {@code frontline run}: drops the transcript, decisions and update
   * payloads older than RETENTION_DAYS, and delivered replies older than a day (they only guard
   * against sending twice). Run it now and then; it changes nothing the bot still needs.
   */
  public static Runnable retentionSweep(Config config, Database db, Clock clock) {
    return () -> {
      Instant now = clock.instant();
      db.eraser().dropHistoryBefore(now.minus(config.retention()), now.minus(Duration.ofDays(1)));
    };
  }

  /** The staff workspace with the order desk's command added and the orders count for the card. */
  private static TelegramBot.Staff withOrderDesk(
      TelegramBot.Staff staff, io.frontline.orderdesk.OrderDesk desk, io.frontline.store.OrderBook orders, Clock clock) {
    List<io.frontline.handoff.StaffCommand> commands = new ArrayList<>(staff.commands());
    commands.add(desk);
    return staff
        .withCommands(commands)
        .withOrders(c -> java.util.OptionalInt.of(orders.of(c, clock.instant()).orders().size()));
  }

  /** The staff command /news: news to the clients who opted in, through the outbox. */
  private io.frontline.news.NewsDesk news(Database db, TelegramBot.Tuning tuning, Clock clock) {
    return new io.frontline.news.NewsDesk(
        db.subscriptions(), db.outbox(tuning.lease()),
        io.frontline.telegram.NewsLetters.withUnsubscribeButton(wording.phrases()),
        wording.phrases().languages(), knowledge.defaultLanguage(), clock);
  }

  private static TelegramBot.Staff withNews(TelegramBot.Staff staff, io.frontline.news.NewsDesk news) {
    List<io.frontline.handoff.StaffCommand> commands = new ArrayList<>(staff.commands());
    commands.add(news);
    return staff.withCommands(commands);
  }

  /** Open hand-overs per person, from the store: the load the choice of a person weighs. */
  public static StaffLoad staffLoad(Database db) {
    io.frontline.handoff.HandoffStore handoffs = db.handoffs();
    return staff -> handoffs.openByStaff().getOrDefault(staff, 0);
  }

  /**
   * Conversation pipelines over this knowledge whose hand-overs go to the least busy of equally fit
   * people, telling {@code observer} of each decision (metrics), reading each client's orders and
   * suggestions from {@code book}.
   */
  public BiFunction<StateStore, Outbox, Conversations> pipelines(StaffLoad load, DecisionObserver observer) {
    return pipelines(load, observer, io.frontline.conversation.Relationships.NONE, turn -> {});
  }

  /**
   * {@link #pipelines(StaffLoad, DecisionObserver)} telling {@code llmTurns} how the model answered
   * each message (metrics), when a model is configured.
   */
  public BiFunction<StateStore, Outbox, Conversations> pipelines(
      StaffLoad load, DecisionObserver observer, java.util.function.Consumer<TurnReport> llmTurns) {
    return pipelines(load, observer, io.frontline.conversation.Relationships.NONE, llmTurns);
  }

  /**
   * {@link #pipelines(StaffLoad, DecisionObserver, java.util.function.Consumer)} reading each
   * client's orders and suggestions from {@code book} (the store's, in {@code frontline run}).
   */
  public BiFunction<StateStore, Outbox, Conversations> pipelines(
      StaffLoad load, DecisionObserver observer, io.frontline.conversation.Relationships book,
      java.util.function.Consumer<TurnReport> llmTurns) {
    DecisionEngine loaded = new DeterministicEngine(knowledge, index, choice, wording, load);
    SafeHandover loadedFallback = new SafeHandover(knowledge, wording.phrases(), load);
    DecisionEngine chosen;
    if (model.isPresent()) {
      // With a model, the rules it falls back on weigh the load too.
      LlmEngine live = llmEngine(loaded);
      live.observe(llmTurns);
      llmLive = live;
      chosen = live;
    } else {
      chosen = loaded;
    }
    return (states, outbox) -> new Conversations(chosen, guards, loadedFallback, states, outbox, observer, book);
  }

  private static ScheduledExecutorService scheduler() {
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(2, threads("frontline-timer"));
    s.setRemoveOnCancelPolicy(true);
    return s;
  }

  static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  public Wording wording() {
    return wording;
  }

  public LanguageDetector languageDetector() {
    return detector;
  }

  /** The engine the console and scenario pipelines use: the model's when one is configured. */
  public DecisionEngine engine() {
    return engineInMemory();
  }

  public ReplyGuard guards() {
    return guards;
  }

  /**
   * A console rehearsal of hand-overs ({@code frontline chat}), with the summary from the decision
   * reasons, or the model's when one is configured.
   */
  public io.frontline.handoff.Rehearsal rehearsal() {
    return new io.frontline.handoff.Rehearsal(knowledge, wording.phrases(), summarizer());
  }

  /** Warnings found while loading (errors make {@link #load} throw). */
  public List<Problem> problems() {
    return problems;
  }
}
