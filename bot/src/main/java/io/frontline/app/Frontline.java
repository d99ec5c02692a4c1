package io.frontline.app;

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

  private Frontline(
      Knowledge knowledge, Wording wording, LanguageDetector detector, List<Problem> problems) {
    this.knowledge = knowledge;
    this.wording = wording;
    this.detector = detector;
    this.problems = List.copyOf(problems);
    Set<String> spoken = new HashSet<>(wording.phrases().languages());
    LanguageChoice choice = new LanguageChoice(detector, spoken, knowledge.defaultLanguage());
    this.index = LuceneKnowledgeIndex.build(knowledge);
    this.choice = choice;
    this.engine = new DeterministicEngine(knowledge, index, choice, wording);
    this.guards =
        new Guards(
            List.of(
                NeverBounceGuard.withBuiltInPatterns(knowledge),
                new PriceGuard(knowledge),
                new DiscountGuard(knowledge),
                new LanguageGuard(detector, knowledge.defaultLanguage(), true)));
    this.fallback = new SafeHandover(knowledge, wording.phrases());
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
    return new Frontline(knowledge, w.wording(), detector(), problems);
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
    return new Frontline(check.knowledge().orElseThrow(), check.wording().orElseThrow(), detector(), check.problems());
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
        engine, guards, fallback, new CachedStateStore(100_000, Duration.ofHours(12)), outbox);
  }

  /** A conversation pipeline over {@code states} (e.g. the store's), delivering to {@code outbox}. */
  public Conversations conversations(StateStore states, Outbox outbox) {
    return new Conversations(engine, guards, fallback, states, outbox);
  }

  /** {@link #conversations(StateStore, Outbox)} that tells {@code observer} of each decision. */
  public Conversations conversations(StateStore states, Outbox outbox, DecisionObserver observer) {
    return new Conversations(engine, guards, fallback, states, outbox, observer);
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
    return telegram(config, db, tuning, clock, pipelines(staffLoad(db), DecisionObserver.NONE), () -> knowledge, staff);
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
            .staff(
                staffExtras.apply(
                    TelegramBot.Staff.defaults()
                        .withGroup(config.staffChatId().map(ChatId::new))
                        .withSla(new Sla(config.handoffAnswerWithin()))));
    if (config.webhook()) {
      InetSocketAddress listen = config.webhookListen();
      b.webhook(
          config.webhookUrl().orElseThrow(),
          config.webhookSecret().orElseThrow(),
          new InetSocketAddress(listen.getHostString(), listen.getPort()));
    }
    return b.build();
  }

  /** Open hand-overs per person, from the store: the load the choice of a person weighs. */
  public static StaffLoad staffLoad(Database db) {
    io.frontline.handoff.HandoffStore handoffs = db.handoffs();
    return staff -> handoffs.openByStaff().getOrDefault(staff, 0);
  }

  /**
   * Conversation pipelines over this knowledge whose hand-overs go to the least busy of equally fit
   * people, telling {@code observer} of each decision (metrics).
   */
  public BiFunction<StateStore, Outbox, Conversations> pipelines(StaffLoad load, DecisionObserver observer) {
    DecisionEngine loaded = new DeterministicEngine(knowledge, index, choice, wording, load);
    SafeHandover loadedFallback = new SafeHandover(knowledge, wording.phrases(), load);
    return (states, outbox) -> new Conversations(loaded, guards, loadedFallback, states, outbox, observer);
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

  public DecisionEngine engine() {
    return engine;
  }

  public ReplyGuard guards() {
    return guards;
  }

  /** A console rehearsal of hand-overs ({@code frontline chat}), with the summary from the decision reasons. */
  public io.frontline.handoff.Rehearsal rehearsal() {
    return new io.frontline.handoff.Rehearsal(knowledge, wording.phrases(), new io.frontline.handoff.ReasonSummarizer());
  }

  /** Warnings found while loading (errors make {@link #load} throw). */
  public List<Problem> problems() {
    return problems;
  }
}
