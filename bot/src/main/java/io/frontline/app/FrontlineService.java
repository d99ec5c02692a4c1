package io.frontline.app;

import io.frontline.conversation.ChatId;
import io.frontline.decision.StaffLoad;
import io.frontline.handoff.StaffChannel;
import io.frontline.handoff.StaffCommand;
import io.frontline.metrics.BotMetrics;
import io.frontline.metrics.HealthServer;
import io.frontline.store.Database;
import io.frontline.store.OutboxStore;
import io.frontline.telegram.TelegramBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code frontline run} put together: the bot on Telegram answering with the pipeline a
 * {@link KnowledgeReloader} holds, the knowledge watched for changes ({@link KnowledgeWatcher}),
 * {@code /healthz} and {@code /metrics} ({@link HealthServer}, {@link BotMetrics}), and, with a
 * staff group, reload notices and the {@link WeeklySummaryJob}. {@link Frontline} is one
 * pipeline; this is the process around the pipelines. Closing stops everything but the database,
 * which stays the caller's.
 */
public final class FrontlineService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FrontlineService.class);

  /** How long without a successful Bot API call before /healthz says Telegram is unreachable. */
  public static final Duration TELEGRAM_STALE = Duration.ofMinutes(2);

  /** A burst of file events settles within this before the knowledge is read again. */
  public static final Duration RELOAD_QUIET = Duration.ofMillis(500);

  private final TelegramBot bot;
  private final KnowledgeReloader reloader;
  private final BotMetrics metrics;
  private final ScheduledExecutorService scheduler;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final Optional<HealthServer> health;
  private final Optional<WeeklySummaryJob> weekly;
  private final Optional<Long> staffGroup;
  /** Where the store's write probe runs, so a stuck one holds no health request for long. */
  private final java.util.concurrent.ExecutorService probes =
      Executors.newSingleThreadExecutor(Frontline.threads("frontline-store-probe"));
  private volatile java.util.concurrent.Future<?> probe;
  private volatile java.util.function.Consumer<String> storeLost =
      problem -> LOG.error("store: {}; the bot cannot work without it", problem);

  private final Database db;

  private FrontlineService(
      Config config, Database db, Frontline initial, TelegramBot.Tuning tuning, Clock clock) {
    this.db = db;
    this.metrics = new BotMetrics();
    db.bindMetrics(metrics.registry());
    this.staffGroup = config.staffChatId();
    StaffLoad load = Frontline.staffLoad(db);
    this.reloader =
        new KnowledgeReloader(
            initial,
            // A message the model was asked about is one LLM call for the metrics; its answer
            // unused (a fallback to the rules) is a failed one.
            f -> f.pipelines(load, metrics, db.orders(), turn -> {
              if (turn.calls() > 0) {
                metrics.llmCall(turn.took(), !turn.byModel());
              }
            }),
            config.knowledgeDir(), config.promptsDir(), clock);
    this.scheduler = scheduler();
    metrics.knows(initial.knowledge());
    this.bot =
        initial.telegram(
            config, db, tuning, clock, reloader.conversations(), () -> reloader.current().knowledge(),
            staff -> staff.withCommands(List.of(new ReloadCommand())).withFirstReply(metrics::staffFirstReply));
    OutboxStore outbox = db.outbox(tuning.lease());
    metrics.transport(
        bot,
        b -> b.stats().updatesProcessed(),
        b -> b.stats().sent(),
        b -> b.stats().transientErrors() + b.stats().rateLimited(),
        b -> b.stats().failed(),
        b -> b.stats().rateLimited());
    metrics.intake(bot, b -> b.stats().updatesRejected(), b -> b.stats().webhookRefused());
    metrics.outboxDepth(outbox::depth);
    metrics.knowledgeVersion(reloader::version);
    reloader.onReload(
        o -> {
          metrics.reloaded(o.applied());
          if (o.applied()) {
            metrics.knows(reloader.current().knowledge());
          }
        });
    config.staffChatId().map(ChatId::new).ifPresent(staff -> reloader.onReload(o -> notifyStaff(staff, o)));
    this.weekly =
        config.staffChatId().map(id -> new WeeklySummaryJob(db, () -> reloader.current().knowledge(), bot.posts(), new ChatId(id), clock));
    this.health =
        config.healthListen().map(listen -> startHealth(listen, db, outbox, clock));
  }

  /**
   * Starts {@code frontline run}: the bot (see {@link TelegramBot#start}), then watching, health and
   * the weekly summary as {@code config} asks.
   */
  public static FrontlineService start(
      Config config, Database db, Frontline initial, TelegramBot.Tuning tuning, Clock clock) {
    FrontlineService s = new FrontlineService(config, db, initial, tuning, clock);
    try {
      s.bot.start();
      if (config.watchKnowledge()) {
        List<Path> folders = new ArrayList<>(List.of(config.knowledgeDir()));
        config.promptsDir().ifPresent(folders::add);
        s.closeables.add(
            KnowledgeWatcher.start(
                folders, s.reloader, Executors.newSingleThreadExecutor(Frontline.threads("frontline-watch")), s.scheduler,
                RELOAD_QUIET));
      }
      s.weekly.ifPresent(
          job -> s.scheduler.scheduleWithFixedDelay(() -> s.runWeekly(job), 0, 1, TimeUnit.HOURS));
      s.scheduler.scheduleWithFixedDelay(s::watchStore, STORE_WATCH.toMillis(), STORE_WATCH.toMillis(), TimeUnit.MILLISECONDS);
      return s;
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** How often the store's file is looked at (SQLite: deleted or replaced under the bot). */
  static final Duration STORE_WATCH = Duration.ofSeconds(5);

  /** The longest /healthz waits for the store to take a write. */
  static final Duration STORE_PROBE = Duration.ofSeconds(3);

  /**
   * What to do when the store is lost for good (its file deleted or replaced): {@code frontline
   * run} exits non-zero, so systemd or Docker starts it again on a good store, rather than serve
   * replies that are never journaled. Called once.
   */
  public void onStoreLost(java.util.function.Consumer<String> action) {
    this.storeLost = java.util.Objects.requireNonNull(action, "action");
  }

  private final java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();

  private void watchStore() {
    try {
      db.fileProblem().ifPresent(problem -> {
        if (lost.compareAndSet(false, true)) {
          LOG.error("store: {}; stopping so that the service manager starts the bot again on a good store", problem);
          storeLost.accept(problem);
        }
      });
    } catch (RuntimeException e) {
      LOG.warn("store: checking the database file failed: {}", e.toString());
    }
  }

  /** The store's health: its file is in place and it takes a write within {@link #STORE_PROBE}. */
  private HealthServer.Check storeHealth(OutboxStore outbox) {
    java.util.Optional<String> problem = db.fileProblem();
    if (problem.isPresent()) {
      return new HealthServer.Check(false, problem.get());
    }
    java.util.concurrent.Future<?> running = probe;
    if (running != null && !running.isDone()) {
      return new HealthServer.Check(false, "a write has waited for the store for more than " + STORE_PROBE.toSeconds() + " s");
    }
    java.util.concurrent.Future<?> now = probes.submit(db::probeWrite);
    probe = now;
    try {
      now.get(STORE_PROBE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return new HealthServer.Check(false, "the store did not take a write within " + STORE_PROBE.toSeconds() + " s (a write lock held?)");
    } catch (java.util.concurrent.ExecutionException e) {
      return new HealthServer.Check(false, "the store cannot write: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new HealthServer.Check(false, "interrupted");
    }
    return HealthServer.Check.ok(db + ", " + outbox.depth() + " message(s) waiting in the outbox");
  }

  /**
   * {@code /reload} for staff: the reload runs after the command's store transaction (it takes
   * seconds: reading, checking, indexing), and its outcome is posted like a file change's.
   */
  private final class ReloadCommand implements StaffCommand {
    @Override
    public String name() {
      return "reload";
    }

    @Override
    public String help() {
      return "/reload: read the knowledge again now (a change with errors is refused, with file:line)";
    }

    @Override
    public Optional<String> run(Request request) {
      String who = request.staff();
      scheduler.execute(
          () -> {
            KnowledgeReloader.Outcome o = reloader.reload("/reload by " + who);
            // With a staff group every outcome is posted there (notifyStaff); in direct mode the
            // person who asked gets it in their private chat.
            if (staffGroup.isEmpty() && !who.startsWith("admin:")) {
              bot.staffChannel().post(new StaffChannel.Post(Optional.empty(), Optional.of(who), o.describe(), key(o)));
            }
          });
      return Optional.of("Reloading the knowledge; the result follows.");
    }
  }

  private void runWeekly(WeeklySummaryJob job) {
    try {
      job.runOnce();
    } catch (RuntimeException e) {
      // The store or the chart failed: the next hourly run tries again; the week is not marked.
      LOG.warn("weekly summary failed, trying again within the hour: {}", e.toString());
    }
  }

  private void notifyStaff(ChatId staff, KnowledgeReloader.Outcome o) {
    // Two instances watching one folder both reload: the same notice within the same minute is
    // posted once.
    bot.posts().text(staff, o.describe(), key(o));
  }

  private static String key(KnowledgeReloader.Outcome o) {
    return "reload:" + o.at().getEpochSecond() / 60 + ":" + Integer.toHexString(o.describe().hashCode());
  }

  private HealthServer startHealth(InetSocketAddress listen, Database db, OutboxStore outbox, Clock clock) {
    Map<String, Supplier<HealthServer.Check>> checks = new LinkedHashMap<>();
    checks.put("store", () -> storeHealth(outbox));
    checks.put(
        "telegram",
        () -> {
          Instant last = bot.lastTelegramSuccess();
          boolean recent = !last.isBefore(clock.instant().minus(TELEGRAM_STALE));
          String detail = last.equals(Instant.EPOCH) ? "no successful call yet" : "last successful call " + last;
          return new HealthServer.Check(recent, detail);
        });
    checks.put(
        "knowledge",
        () -> {
          var k = reloader.current().knowledge();
          String detail =
              k.articles().size() + " articles, " + k.catalog().items().size() + " catalog items, " + k.partners().size()
                  + " partners, " + k.staff().size() + " staff; version " + reloader.version() + ", files "
                  + reloader.files()
                  + reloader.last().map(o -> "; last reload " + (o.applied() ? "applied" : "refused") + " at " + o.at()).orElse("");
          return HealthServer.Check.ok(detail);
        });
    try {
      InetSocketAddress bind = new InetSocketAddress(listen.getHostString(), listen.getPort());
      // Telegram out of reach is no reason to unroute this instance or restart it: every
      // instance would be just as cut off. /readyz shows it without failing on it.
      return HealthServer.start(
          bind, checks, java.util.Set.of("telegram"), metrics::scrape,
          Executors.newFixedThreadPool(2, Frontline.threads("frontline-health")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for /healthz on " + listen + " (HEALTH_LISTEN)", e);
    }
  }

  private static ScheduledExecutorService scheduler() {
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, Frontline.threads("frontline-jobs"));
    s.setRemoveOnCancelPolicy(true);
    return s;
  }

  public TelegramBot bot() {
    return bot;
  }

  public KnowledgeReloader reloader() {
    return reloader;
  }

  public BotMetrics metrics() {
    return metrics;
  }

  /** Where /healthz and /metrics answer (the real port when 0 was asked for). */
  public Optional<InetSocketAddress> healthAddress() {
    return health.map(HealthServer::address);
  }

  public Optional<WeeklySummaryJob> weeklySummary() {
    return weekly;
  }

  @Override
  public void close() {
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.debug("closing {}: {}", c, e.toString());
      }
    }
    scheduler.shutdownNow();
    probes.shutdownNow();
    health.ifPresent(HealthServer::close);
    bot.close();
  }
}
