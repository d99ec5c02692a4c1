package io.frontline.telegram;

import io.frontline.conversation.Conversations;
import io.frontline.conversation.Outbox;
import io.frontline.conversation.StateStore;
import io.frontline.knowledge.Knowledge;
import io.frontline.store.Database;
import io.frontline.store.GroupCommit;
import io.frontline.store.JournaledUpdate;
import io.frontline.store.OutboxStore;
import io.frontline.wording.Phrasebook;
import io.frontline.wording.WordingLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Frontline on Telegram: updates in (long polling, or a webhook), journaled before they are
 * acknowledged, processed from the journal one chat at a time, replies out through the outbox
 * within Telegram's limits. Built by {@code io.frontline.app.Frontline#telegram}; see the package
 * documentation for the guarantees.
 *
 * <p>It owns the executors it is given and shuts them down on {@link #close}; the database stays
 * the caller's.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

  /** Where updates come from. */
  public enum Mode {
    LONG_POLLING,
    WEBHOOK
  }

  /**
   * The numbers that shape the transport. {@link #defaults()} are Telegram's documented limits
   * (with a margin) and production timeouts; tests shorten the timeouts.
   *
   * @param pollTimeout how long one getUpdates waits for an update
   * @param sendTimeout the longest one Bot API call (other than getUpdates) may take
   * @param lease how long a claim on an outbox message lasts; longer than {@code sendTimeout}
   * @param maxInFlight messages being sent at once
   * @param tick how often the sender looks at the outbox even when nothing woke it
   * @param sweepEvery how often the journal is searched for updates that still wait
   * @param backoffBase the first pause after a failure (doubling up to {@code backoffMax})
   * @param maxAttempts tries of one update before it is skipped
   * @param floodMessages client messages answered within {@code floodWindow}
   * @param globalPerSecond messages per second overall (on average)
   * @param globalBurst messages at once overall
   * @param chatInterval one message per this to one private chat, on average
   * @param chatBurst messages at once to one private chat
   * @param groupInterval one message per this to one group
   * @param typingEvery how often "typing…" may be shown in one chat; zero: never
   */
  public record Tuning(
      Duration pollTimeout,
      Duration sendTimeout,
      Duration lease,
      int maxInFlight,
      Duration tick,
      Duration sweepEvery,
      Duration backoffBase,
      Duration backoffMax,
      int maxAttempts,
      int floodMessages,
      Duration floodWindow,
      double globalPerSecond,
      int globalBurst,
      Duration chatInterval,
      int chatBurst,
      Duration groupInterval,
      Duration typingEvery) {

    public Tuning {
      if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
        throw new IllegalArgumentException(
            "lease (" + lease + ") must be at least twice sendTimeout (" + sendTimeout
                + "): a message still being sent must not be claimed again");
      }
    }

    public static Tuning defaults() {
      return new Tuning(
          Duration.ofSeconds(25), Duration.ofSeconds(10), Duration.ofSeconds(30), 8,
          Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5), 5,
          20, Duration.ofSeconds(10),
          25, 3, Duration.ofSeconds(1), 2, Duration.ofMillis(3_200),
          Duration.ofSeconds(4));
    }

    public Tuning withTimeouts(Duration poll, Duration send, Duration lease) {
      return new Tuning(poll, send, lease, maxInFlight, tick, sweepEvery, backoffBase, backoffMax, maxAttempts,
          floodMessages, floodWindow, globalPerSecond, globalBurst, chatInterval, chatBurst, groupInterval, typingEvery);
    }

    public Tuning withBackoff(Duration base, Duration max, Duration tick, Duration sweepEvery) {
      return new Tuning(pollTimeout, sendTimeout, lease, maxInFlight, tick, sweepEvery, base, max, maxAttempts,
          floodMessages, floodWindow, globalPerSecond, globalBurst, chatInterval, chatBurst, groupInterval, typingEvery);
    }

    public Tuning withFlood(int messages, Duration window) {
      return new Tuning(pollTimeout, sendTimeout, lease, maxInFlight, tick, sweepEvery, backoffBase, backoffMax,
          maxAttempts, messages, window, globalPerSecond, globalBurst, chatInterval, chatBurst, groupInterval, typingEvery);
    }

    public Tuning withLimits(double perSecond, int burst, Duration chat, int chatBurst, Duration group, int inFlight) {
      return new Tuning(pollTimeout, sendTimeout, lease, inFlight, tick, sweepEvery, backoffBase, backoffMax,
          maxAttempts, floodMessages, floodWindow, perSecond, burst, chat, chatBurst, group, typingEvery);
    }

    public Tuning withTyping(Duration every) {
      return new Tuning(pollTimeout, sendTimeout, lease, maxInFlight, tick, sweepEvery, backoffBase, backoffMax,
          maxAttempts, floodMessages, floodWindow, globalPerSecond, globalBurst, chatInterval, chatBurst, groupInterval, every);
    }
  }

  /**
   * The staff workspace: the staff group (STAFF_CHAT_ID; empty: direct mode, each person's private
   * chat), how long a person has to answer, who writes the card's summary, commands staff may give
   * besides the built-in ones, and how many orders a client has (for the card; empty: not tracked).
   */
  public record Staff(
      Optional<io.frontline.conversation.ChatId> group,
      io.frontline.handoff.Sla sla,
      io.frontline.handoff.Summarizer summarizer,
      List<io.frontline.handoff.StaffCommand> commands,
      java.util.function.Function<io.frontline.conversation.ChatId, java.util.OptionalInt> orders,
      java.util.function.BiConsumer<String, Duration> firstReply) {

    public Staff {
      commands = List.copyOf(commands);
    }

    /**
     * Told (staff id, time since the hand-over) when a person first answers a handed-over client:
     * the metrics' time to first reply. Called inside the update's transaction: quick, no I/O.
     */
    public Staff withFirstReply(java.util.function.BiConsumer<String, Duration> f) {
      return new Staff(group, sla, summarizer, commands, orders, f);
    }

    /** Direct mode, the default SLA, the summary from the decision reasons. */
    public static Staff defaults() {
      return new Staff(
          Optional.empty(), io.frontline.handoff.Sla.DEFAULT, new io.frontline.handoff.ReasonSummarizer(), List.of(),
          c -> java.util.OptionalInt.empty(), (staff, took) -> {});
    }

    public Staff withGroup(Optional<io.frontline.conversation.ChatId> g) {
      return new Staff(g, sla, summarizer, commands, orders, firstReply);
    }

    public Staff withSla(io.frontline.handoff.Sla s) {
      return new Staff(group, s, summarizer, commands, orders, firstReply);
    }

    public Staff withSummarizer(io.frontline.handoff.Summarizer s) {
      return new Staff(group, sla, s, commands, orders, firstReply);
    }

    public Staff withCommands(List<io.frontline.handoff.StaffCommand> c) {
      return new Staff(group, sla, summarizer, c, orders, firstReply);
    }

    public Staff withOrders(java.util.function.Function<io.frontline.conversation.ChatId, java.util.OptionalInt> o) {
      return new Staff(group, sla, summarizer, commands, o, firstReply);
    }
  }

  /**
   * What the bot has done so far. {@code updatesRejected}: updates journaled as unreadable or
   * unusable, never processed; {@code webhookRefused}: webhook calls without the right secret.
   */
  public record Stats(
      long updatesProcessed, int updatesWaiting, long sent, long failed, long rateLimited,
      long transientErrors, long deferred, long updatesRejected, long webhookRefused) {}

  /** The executors the bot runs on; the bot shuts them down when it closes. */
  public record Threads(
      ExecutorService workers,
      ExecutorService senders,
      ExecutorService typing,
      ExecutorService poller,
      ExecutorService webhook,
      ScheduledExecutorService scheduler) {}

  private final Mode mode;
  private final BotApi api;
  private final Database db;
  private final Dispatcher dispatcher;
  private final OutboxSender sender;
  private final Intake intake;
  private final Threads executors;
  private final Tuning tuning;
  private final LongPolling polling;
  private final WebhookServer webhook;
  private final Optional<URI> webhookUrl;
  private final String webhookSecret;
  private final AtomicLong processed = new AtomicLong();
  private final Workspace workspace;
  private final HandoffTimers timers;
  private final Wordings words;
  private final Posts posts;
  private final Clock clock;
  private final List<OkHttpClient> http = new ArrayList<>();
  private ScheduledFuture<?> sweeper;
  private ScheduledFuture<?> heartbeat;
  private final RateLimiter limits;
  /** This process among the instances sharing the store (PostgreSQL). */
  private final String instance = java.util.UUID.randomUUID().toString();

  /** How often an instance sharing the store says it is alive; three missed and it is not counted. */
  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  private String username = "";

  /** A reply Telegram could not take for a day is not sent any more: by then it says the wrong thing. */
  static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  /**
   * A reply to a client was given up: the staff group is told who did not get what, so a person
   * can reach the client another way. Staff posts and button answers are only logged.
   */
  private void undelivered(Optional<io.frontline.conversation.ChatId> group, io.frontline.store.OutboxMessage m, String reason) {
    boolean toClient = OutboxPayload.TEXT.equals(m.kind()) || OutboxPayload.PHOTO.equals(m.kind());
    if (group.isEmpty() || !toClient || group.get().equals(m.chat())) {
      return;
    }
    String who = db.clients().find(m.chat()).flatMap(c -> c.firstName()).orElse("a client");
    String said;
    try {
      said = OutboxPayload.TEXT.equals(m.kind()) ? OutboxPayload.readText(m.payload()).text() : "(a picture)";
    } catch (RuntimeException unreadable) {
      said = "(unreadable)";
    }
    if (said.length() > 300) {
      said = said.substring(0, 299) + "…";
    }
    posts.text(
        group.get(),
        "⚠️ A reply to " + who + " (chat " + m.chat().value() + ") could not be sent: " + reason
            + "\nIt said: " + said,
        "undelivered:" + m.id());
  }

  private TelegramBot(Builder b) {
    this.mode = b.webhookUrl == null ? Mode.LONG_POLLING : Mode.WEBHOOK;
    this.db = b.database;
    this.executors = b.executors;
    this.tuning = b.tuning;
    Tuning t = b.tuning;
    Clock clock = b.clock;
    this.clock = clock;

    // Every call goes to one host: OkHttp's default of 5 calls at once per host would make the
    // senders and "typing…" queue behind each other. Long polling has a dispatcher of its own.
    okhttp3.Dispatcher calls = new okhttp3.Dispatcher();
    calls.setMaxRequests(t.maxInFlight() + 8);
    calls.setMaxRequestsPerHost(t.maxInFlight() + 8);
    OkHttpClient base =
        new OkHttpClient.Builder()
            .dispatcher(calls)
            .connectTimeout(t.sendTimeout())
            .readTimeout(t.sendTimeout())
            .writeTimeout(t.sendTimeout())
            .callTimeout(t.sendTimeout())
            .retryOnConnectionFailure(false) // we decide what is retried, and when
            .build();
    Duration pollCall = t.pollTimeout().plus(t.sendTimeout());
    OkHttpClient poll =
        base.newBuilder().dispatcher(new okhttp3.Dispatcher()).readTimeout(pollCall).callTimeout(pollCall).build();
    http.add(base);
    http.add(poll);
    TelegramUrl url = telegramUrl(b.apiUrl);
    this.api =
        new BotApi(new OkHttpTelegramClient(base, b.token, url), new OkHttpTelegramClient(poll, b.token, url), clock);

    Backoff backoff = new Backoff(t.backoffBase(), t.backoffMax());
    GroupCommit writes = db.writes();
    OutboxStore outbox = db.outbox(t.lease());
    this.limits =
        new RateLimiter(
            RateLimiter.Limit.perSecond(t.globalPerSecond(), t.globalBurst()),
            new RateLimiter.Limit(t.chatBurst(), t.chatInterval()),
            new RateLimiter.Limit(2, t.groupInterval()));
    RateLimiter limits = this.limits;
    io.frontline.handoff.HandoffStore handoffs = db.handoffs();
    StaffSends staffSends = new StaffSends(api, handoffs, db.clients(), writes);
    this.sender =
        new OutboxSender(
            outbox, db.clients(), api, limits, executors.senders(), t.maxInFlight(), executors.scheduler(), clock,
            backoff, t.tick(), writes, staffSends, new OutboxSender.GiveUp(t.maxAttempts(), GIVE_UP_AFTER),
            (m, reason) -> undelivered(b.staff.group(), m, reason));
    Typing typing =
        t.typingEvery().isZero() ? Typing.off() : new Typing(api, executors.typing(), clock, t.typingEvery());
    Supplier<Knowledge> knowledge = b.knowledgeNow != null ? b.knowledgeNow : () -> b.knowledge;
    Wordings words = new Wordings(knowledge, b.phrases, b.prompts);
    this.words = words;
    this.posts = new Posts(OutboxSender.committed(outbox, writes), sender::wake);
    StateStore states = db.conversations(100_000, Duration.ofHours(12));
    Staff staff = b.staff;
    this.workspace =
        new Workspace(
            staff.group(), knowledge, handoffs, db.clients(), outbox, db.transcript(), clock,
            () -> db.afterCommit(sender::wake));
    HandoffDesk desk =
        new HandoffDesk(
            knowledge, handoffs, db.transcript(), db.clients(), db.journal(), db.decisions(), workspace, words,
            staff.summarizer(), staff.sla(), staff.orders(), clock);
    StaffRoom room =
        new StaffRoom(
            knowledge, handoffs, desk, workspace, new StaffAuth(knowledge, staff.group(), api, Duration.ofMinutes(10), clock),
            words, db.transcript(), clock, staff.commands(), staff.firstReply());
    this.timers = new HandoffTimers(db, writes, outbox, knowledge, desk, workspace, words, clock);
    UpdateProcessor processor =
        new UpdateProcessor(
            db, states, outbox, b.conversations, words,
            new FloodGate(new FloodGate.Limit(t.floodMessages(), t.floodWindow())), typing, clock, sender::wake,
            writes, desk, room, b.orderDesk, workspace);
    this.dispatcher =
        new Dispatcher(
            new Dispatcher.Handler() {
              @Override
              public void handle(JournaledUpdate update) {
                processor.process(update);
              }

              @Override
              public boolean skip(JournaledUpdate update) {
                return processor.skip(update);
              }
            },
            executors.workers(), executors.scheduler(), backoff, t.maxAttempts(), u -> processed.incrementAndGet());
    this.intake = new Intake(db, dispatcher, clock, writes);
    if (mode == Mode.WEBHOOK) {
      this.webhookUrl = Optional.of(b.webhookUrl);
      this.webhookSecret = b.webhookSecret;
      String path = Optional.ofNullable(b.webhookUrl.getRawPath()).filter(p -> !p.isEmpty()).orElse("/");
      this.webhook = new WebhookServer(b.webhookListen, path, b.webhookSecret, intake, executors.webhook());
      this.polling = null;
    } else {
      this.webhookUrl = Optional.empty();
      this.webhookSecret = "";
      this.webhook = null;
      this.polling =
          new LongPolling(
              api, intake, executors.poller(), executors.scheduler(), backoff, t.pollTimeout(), 100, Optional.empty());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts: checks the token (getMe), finishes what a previous run left in the journal, then takes
   * updates and sends replies.
   *
   * @throws IllegalStateException Telegram refused the token, or the webhook could not be set up
   */
  public void start() {
    try {
      username = api.username();
      LOG.info("Telegram: signed in as @{}", username);
      CommandsMenu.publish(api, words);
    } catch (BotApi.CallFailed e) {
      if (e.failure() instanceof BotApi.Transient t && !t.describe().startsWith("[401]") && !t.describe().startsWith("[404]")) {
        LOG.warn("Telegram cannot be reached now ({}); the bot keeps trying", e.getMessage());
      } else {
        throw new IllegalStateException(
            "Telegram refused the bot token (" + e.getMessage() + "). Check TELEGRAM_BOT_TOKEN: @BotFather "
                + "shows your bot's token with /mybots.", e);
      }
    }
    recover();
    if (db.dialect().shared()) {
      beat();
      heartbeat =
          executors.scheduler().scheduleWithFixedDelay(
              this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }
    sender.start();
    sweeper =
        executors.scheduler().scheduleWithFixedDelay(
            this::sweep, tuning.sweepEvery().toMillis(), tuning.sweepEvery().toMillis(), TimeUnit.MILLISECONDS);
    if (mode == Mode.WEBHOOK) {
      try {
        webhook.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen for the webhook on " + webhookAddress(), e);
      }
      try {
        api.setWebhook(webhookUrl.orElseThrow().toString(), webhookSecret);
      } catch (BotApi.CallFailed e) {
        throw new IllegalStateException("Telegram did not accept the webhook " + webhookUrl.get() + ": " + e.getMessage(), e);
      }
    } else {
      try {
        api.deleteWebhook();
      } catch (BotApi.CallFailed e) {
        LOG.warn("deleteWebhook failed ({}); long polling may be refused while a webhook is set", e.getMessage());
      }
      polling.start();
    }
  }

  /**
   * Says this instance is alive, and takes its share of Telegram's limits: with two instances
   * sending for the bot, each sends half as much.
   */
  private void beat() {
    try {
      Instant now = clock.instant();
      db.instances().beat(instance, now);
      int alive = db.instances().alive(now.minus(HEARTBEAT.multipliedBy(3)));
      limits.share(alive);
    } catch (RuntimeException e) {
      LOG.warn("instance heartbeat failed ({}); keeping the last share of the limits", e.toString());
    }
  }

  /** How many instances share Telegram's limits with this one, itself included (1 on SQLite). */
  public int sharedBy() {
    return limits.sharedBy();
  }

  /** What a crash left behind: updates journaled but not processed, oldest first, before new ones. */
  private void recover() {
    int rounds = 0;
    while (rounds++ < 1_000) {
      int added;
      try {
        added = dispatcher.sweep(db.journal(), 1_000);
      } catch (RuntimeException e) {
        LOG.warn("cannot read the journal to recover ({}); the periodic sweep will", e.toString());
        return;
      }
      if (added == 0) {
        return;
      }
      LOG.info("recovering {} update(s) journaled before the last stop", added);
      try {
        if (!dispatcher.awaitIdle(Duration.ofMinutes(5))) {
          LOG.warn("recovery is slow; going on while it finishes");
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void sweep() {
    // With a webhook nothing calls Telegram while nobody writes; a getMe now and then keeps
    // "Telegram reachable" in /healthz true to life.
    if (mode == Mode.WEBHOOK && api.lastSuccess().isBefore(clock.instant().minus(tuning.sweepEvery()))) {
      try {
        api.username();
      } catch (BotApi.CallFailed e) {
        LOG.warn("Telegram cannot be reached: {}", e.getMessage());
      }
    }
    try {
      int added = dispatcher.sweep(db.journal(), 1_000);
      if (added > 0) {
        LOG.info("sweep: {} journaled update(s) were waiting", added);
      }
    } catch (RuntimeException e) {
      LOG.warn("sweep failed: {}", e.toString());
    }
    try {
      if (timers.sweep() > 0) {
        sender.wake();
      }
    } catch (RuntimeException e) {
      LOG.warn("hand-over sweep failed: {}", e.toString());
    }
  }

  /**
   * Posts for staff through the outbox (an order card for the named person, a weekly summary):
   * into a client's topic, the staff group, or in direct mode a person's private chat.
   */
  public io.frontline.handoff.StaffChannel staffChannel() {
    return workspace;
  }

  public Mode mode() {
    return mode;
  }

  /** The bot's @username, once {@link #start} reached Telegram. */
  public String username() {
    return username;
  }

  /** Where the webhook listens (the real port when 0 was asked for); empty in long polling. */
  public Optional<InetSocketAddress> webhookAddress() {
    return webhook == null ? Optional.empty() : Optional.ofNullable(webhook.address());
  }

  /** When Telegram last answered one of our calls with success; {@code Instant.EPOCH} before. */
  public Instant lastTelegramSuccess() {
    return api.lastSuccess();
  }

  /** Posts of the bot's own (staff-group notices, the weekly summary), through the outbox. */
  public Posts posts() {
    return posts;
  }

  public Stats stats() {
    OutboxSender.Stats s = sender.stats();
    return new Stats(
        processed.get(), dispatcher.pending(), s.sent(), s.failed(), s.rateLimited(), s.transientErrors(), s.deferred(),
        intake.rejected(), webhook == null ? 0 : webhook.refused());
  }

  /** Waits until no journaled update waits in memory; false when {@code timeout} passed first. */
  public boolean awaitProcessed(Duration timeout) throws InterruptedException {
    return dispatcher.awaitIdle(timeout);
  }

  /**
   * Stops taking updates, lets those being processed finish (up to a few seconds; the rest stay in
   * the journal for the next start), stops sending, and shuts the executors down.
   */
  @Override
  public void close() {
    if (polling != null) {
      polling.close();
    }
    if (webhook != null) {
      webhook.close();
    }
    if (sweeper != null) {
      sweeper.cancel(false);
    }
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
    try {
      dispatcher.awaitIdle(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dispatcher.close();
    sender.close();
    executors.poller().shutdownNow();
    executors.webhook().shutdownNow();
    executors.workers().shutdown();
    executors.typing().shutdownNow();
    executors.senders().shutdown();
    executors.scheduler().shutdownNow();
    try {
      executors.senders().awaitTermination(tuning.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      executors.workers().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (OkHttpClient c : http) {
      c.dispatcher().executorService().shutdownNow();
      c.connectionPool().evictAll();
    }
    if (heartbeat != null) {
      // Only once nothing more is sent: the others take over this instance's share of the limits.
      try {
        db.instances().leave(instance);
      } catch (RuntimeException e) {
        LOG.debug("leaving the instances: {}", e.toString());
      }
    }
  }

  static TelegramUrl telegramUrl(URI api) {
    String scheme = Optional.ofNullable(api.getScheme()).orElse("");
    if (!scheme.equals("https") && !scheme.equals("http") || api.getHost() == null) {
      throw new IllegalArgumentException(
          "TELEGRAM_API_URL must be an http(s) URL such as https://api.telegram.org, was '" + api + "'");
    }
    if (api.getRawPath() != null && !api.getRawPath().isEmpty() && !api.getRawPath().equals("/")) {
      throw new IllegalArgumentException(
          "TELEGRAM_API_URL must not have a path (the client adds /bot<token>/<method>), was '" + api + "'");
    }
    int port = api.getPort() > 0 ? api.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, api.getHost(), port, false);
  }

  /** Builds a {@link TelegramBot}; every part is required unless said otherwise. */
  public static final class Builder {
    private String token;
    private URI apiUrl = URI.create("https://api.telegram.org");
    private Database database;
    private BiFunction<StateStore, Outbox, Conversations> conversations;
    private Knowledge knowledge;
    private Supplier<Knowledge> knowledgeNow;
    private Phrasebook phrases;
    private WordingLoader.Source prompts;
    private Clock clock = Clock.systemUTC();
    private Threads executors;
    private Tuning tuning = Tuning.defaults();
    private URI webhookUrl;
    private String webhookSecret;
    private InetSocketAddress webhookListen;
    private Staff staff = Staff.defaults();
    private Optional<io.frontline.orderdesk.OrderDesk> orderDesk = Optional.empty();

    /** Where order cards come from; without one, orders are recorded but no card is posted. */
    public Builder orderDesk(io.frontline.orderdesk.OrderDesk desk) {
      this.orderDesk = Optional.of(desk);
      return this;
    }

    private Builder() {}

    /** Optional; {@link Staff#defaults()} (direct mode) by default. */
    public Builder staff(Staff staff) {
      this.staff = Objects.requireNonNull(staff, "staff");
      return this;
    }

    public Builder token(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = token.strip();
      return this;
    }

    /** The Bot API's base URL (default https://api.telegram.org). */
    public Builder apiUrl(URI apiUrl) {
      telegramUrl(apiUrl);
      this.apiUrl = apiUrl;
      return this;
    }

    public Builder database(Database database) {
      this.database = Objects.requireNonNull(database, "database");
      return this;
    }

    /** A conversation pipeline over the given state store, delivering to the given outbox. */
    public Builder conversations(BiFunction<StateStore, Outbox, Conversations> conversations) {
      this.conversations = Objects.requireNonNull(conversations, "conversations");
      return this;
    }

    /** The company and the bot's wording; {@code prompts} is where the wording came from. */
    public Builder wording(Knowledge knowledge, Phrasebook phrases, WordingLoader.Source prompts) {
      this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
      this.phrases = Objects.requireNonNull(phrases, "phrases");
      this.prompts = Objects.requireNonNull(prompts, "prompts");
      return this;
    }

    /**
     * Optional: where the knowledge answering now comes from, when it changes while the bot runs
     * (a hot reload): staff, partners and the company's name are read from it for each use. By
     * default the knowledge given to {@link #wording}.
     */
    public Builder knowledge(Supplier<Knowledge> current) {
      this.knowledgeNow = Objects.requireNonNull(current, "current");
      return this;
    }

    /** Optional; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder threads(Threads executors) {
      this.executors = Objects.requireNonNull(executors, "executors");
      return this;
    }

    /** Optional; {@link Tuning#defaults()} by default. */
    public Builder tuning(Tuning tuning) {
      this.tuning = Objects.requireNonNull(tuning, "tuning");
      return this;
    }

    /**
     * Webhook mode instead of long polling: Telegram posts to {@code publicUrl} (which reaches
     * {@code listen}), each request carrying {@code secret}.
     */
    public Builder webhook(URI publicUrl, String secret, InetSocketAddress listen) {
      this.webhookUrl = Objects.requireNonNull(publicUrl, "webhook url");
      this.webhookListen = Objects.requireNonNull(listen, "webhook listen address");
      if (secret == null || !secret.matches("[A-Za-z0-9_-]{1,256}")) {
        throw new IllegalArgumentException(
            "webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)");
      }
      this.webhookSecret = secret;
      return this;
    }

    public TelegramBot build() {
      require(token, "token");
      require(database, "database");
      require(conversations, "conversations");
      require(knowledge, "wording");
      require(executors, "executors");
      return new TelegramBot(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " was not set");
      }
    }
  }
}
