package io.frontline.bench;

import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TelegramBot;
import io.frontline.telegram.TestBot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram transport end to end, through the local Bot API of the tests ({@link FakeBotApi}) on
 * 127.0.0.1. Not JMH: each figure is one run of a whole pipeline (processes, HTTP, SQLite fsyncs),
 * measured by the wall clock. Run from the repository root:
 *
 * <pre>
 *   mvn -q -B -pl bot -Pbench test-compile exec:exec -Dbench.main=io.frontline.bench.TelegramBench
 *   mvn -q -B -pl bot -Pbench test-compile exec:exec -Dbench.main=io.frontline.bench.TelegramBench -Dbench.args="throughput"
 * </pre>
 *
 * <ul>
 *   <li>{@code throughput}: messages per second through the full pipeline (journal, one transaction
 *       per update with the decision, outbox, sender) against a bare TelegramBots echo bot (the
 *       library's GetUpdates and SendMessage, same number of sending threads) on the same server,
 *       neither held back by rate limits; the ratio.
 *   <li>{@code limits}: 1,000 clients write at once to a server that enforces Telegram's limits (30
 *       messages/s overall, 4/s per chat, 20/min per group) and answers 429 past them: every client
 *       answered, how many 429s, how long it took.
 *   <li>{@code heap}: heap held by 10,000 active conversations (after GC), per conversation.
 * </ul>
 */
public final class TelegramBench {

  private static final Duration WAIT = Duration.ofMinutes(10);

  private TelegramBench() {}

  public static void main(String[] args) throws Exception {
    List<String> which = args.length == 0 ? List.of("throughput", "limits", "heap") : List.of(args);
    TestBot.frontline(); // load the knowledge and the language models before any clock starts
    for (String w : which) {
      switch (w) {
        case "throughput" -> throughput(Optional.empty());
        case "throughput-postgres" -> throughputOnPostgres();
        case "limits" -> limits();
        case "heap" -> heap();
        default -> throw new IllegalArgumentException(
            "unknown bench '" + w + "': throughput, throughput-postgres, limits, heap");
      }
    }
    System.exit(0);
  }

  /** Rate limits out of the way: this measures the pipeline, not Telegram's pacing. */
  static TelegramBot.Tuning unlimited() {
    return TelegramBot.Tuning.defaults()
        .withLimits(1_000_000, 1_000, Duration.ofNanos(1_000), 1_000, Duration.ofNanos(1_000), 8)
        .withFlood(1_000_000, Duration.ofSeconds(1))
        .withTyping(Duration.ZERO);
  }

  static final List<String> QUESTIONS = List.of(
      "How much is a 19 litre bottle?", "Сколько стоит бутыль 19 литров?", "Do you deliver on Sunday?",
      "Скільки коштує доставка?", "Ile kosztuje woda?", "hello");

  /** Runs of the same size before the measured one: the bot's code is large, the JIT needs them. */
  static final int WARM_UPS = 3;

  /** @param freshDatabase a new empty PostgreSQL database per run; empty: a new SQLite file per run */
  static void throughput(Optional<Supplier<String>> freshDatabase) throws Exception {
    int clients = 200;
    int each = 10;
    int n = clients * each;
    String store = freshDatabase.isPresent() ? "PostgreSQL" : "SQLite";
    for (int i = 0; i < WARM_UPS; i++) {
      pipelineRun(clients, each, freshDatabase);
    }
    Run pipeline = pipelineRun(clients, each, freshDatabase);
    for (int i = 0; i < WARM_UPS; i++) {
      echoRun(clients, each);
    }
    Run echo = echoRun(clients, each);
    System.out.printf(Locale.ROOT,
        "throughput (%s): %d messages from %d clients; full pipeline %.0f msg/s, bare TelegramBots echo %.0f msg/s,"
            + " ratio %.2f%n",
        store, n, clients, pipeline.perSecond(), echo.perSecond(), pipeline.perSecond() / echo.perSecond());
    System.out.printf(Locale.ROOT,
        "  CPU per message (this JVM, the Bot API server and the JIT included): pipeline %.2f ms, echo %.2f ms%n",
        pipeline.cpuMillisEach(), echo.cpuMillisEach());
    System.out.printf(Locale.ROOT, "  pipeline: %s%n  echo: %s%n", pipeline.detail(), echo.detail());
  }

  /** One measured run: its rate, the CPU it took, what the store did. */
  record Run(double perSecond, double cpuMillisEach, String detail) {}

  static Run pipelineRun(int clients, int each, Optional<Supplier<String>> freshDatabase) throws Exception {
    Path dir = Files.createTempDirectory("frontline-bench");
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = freshDatabase.isPresent()
            ? TestBot.polling(
                api.url(), dir, unlimited(), Map.of("DATABASE_URL", freshDatabase.get().get()), Clock.systemUTC())
            : TestBot.polling(api.url(), dir, unlimited())) {
      Sample before = Sample.now();
      for (int m = 0; m < each; m++) {
        for (int c = 0; c < clients; c++) {
          api.clientSays(1_000_000 + c, "C" + c, c % 2 == 0 ? "en" : "ru", QUESTIONS.get((c + m) % QUESTIONS.size()));
        }
      }
      int n = clients * each;
      if (!api.await(() -> api.sent().size() >= n, WAIT)) {
        throw new IllegalStateException("pipeline: only " + api.sent().size() + " of " + n + " replies");
      }
      Sample after = Sample.now();
      long[] commits = bot.db.writes().stats();
      return before.until(after, n,
          String.format(Locale.ROOT, "%d store transactions in %d commits; ", commits[1], commits[0]));
    }
  }

  /** The process's CPU time (all threads) and each thread's, at one moment. */
  record Sample(long at, long cpu, Map<String, Long> ticks) {

    static Sample now() {
      return new Sample(System.nanoTime(), TelegramBench.cpuNanos(), TelegramBench.threadTicks());
    }

    Run until(Sample after, int messages, String prefix) {
      double s = (after.at - at) / 1e9;
      Map<String, Long> byGroup = new TreeMap<>();
      after.ticks.forEach(
          (k, v) -> byGroup.merge(k.replaceAll("[0-9#]+", "N").replaceAll(" +", " "), v - ticks.getOrDefault(k, 0L), Long::sum));
      String busiest =
          byGroup.entrySet().stream()
              .filter(e -> e.getValue() > 0)
              .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
              .limit(8)
              .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() * 10.0 / messages))
              .toList()
              .toString();
      return new Run(
          messages / s,
          (after.cpu - cpu) / 1e6 / messages,
          prefix + "CPU by thread, ms per message: " + busiest);
    }
  }

  /** The smallest bot TelegramBots makes possible: getUpdates, then sendMessage back, 8 at a time. */
  static Run echoRun(int clients, int each) throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      // The same HTTP client settings as the bot: 8 sends at once to the one host.
      okhttp3.Dispatcher calls = new okhttp3.Dispatcher();
      calls.setMaxRequestsPerHost(16);
      TelegramClient client = new OkHttpTelegramClient(
          new okhttp3.OkHttpClient.Builder().dispatcher(calls).build(), TestBot.TOKEN,
          new TelegramUrl("http", "127.0.0.1", api.url().getPort(), false));
      ExecutorService senders = Executors.newFixedThreadPool(8);
      int n = clients * each;
      Thread poller = new Thread(() -> {
        int offset = 0;
        while (!Thread.currentThread().isInterrupted()) {
          try {
            List<Update> updates = client.execute(GetUpdates.builder().offset(offset).timeout(25).limit(100).build());
            for (Update u : updates) {
              offset = Math.max(offset, u.getUpdateId() + 1);
              senders.execute(() -> {
                try {
                  client.execute(new SendMessage(u.getMessage().getChatId().toString(), u.getMessage().getText()));
                } catch (Exception e) {
                  // stopped at the end of the run
                }
              });
            }
          } catch (Exception e) {
            return;
          }
        }
      }, "echo-poller");
      poller.setDaemon(true);
      poller.start();
      Sample before = Sample.now();
      // The same clients and messages as the pipeline's runs.
      for (int m = 0; m < each; m++) {
        for (int c = 0; c < clients; c++) {
          api.clientSays(1_000_000 + c, "C" + c, c % 2 == 0 ? "en" : "ru", QUESTIONS.get((c + m) % QUESTIONS.size()));
        }
      }
      if (!api.await(() -> api.sent().size() >= n, WAIT)) {
        throw new IllegalStateException("echo: only " + api.sent().size() + " of " + n + " replies");
      }
      Run run = before.until(Sample.now(), n, "");
      poller.interrupt();
      senders.shutdownNow();
      return run;
    }
  }

  /**
   * The same on a local PostgreSQL (io.zonky's binaries, as the tests use), with PostgreSQL's own
   * durability settings (fsync, synchronous_commit on) like SQLite's synchronous=FULL.
   */
  static void throughputOnPostgres() throws Exception {
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
      AtomicInteger databases = new AtomicInteger();
      // Each run on a fresh database, as each SQLite run gets a fresh file.
      throughput(Optional.of(() -> {
        String name = "bench_" + databases.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
          st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        return "postgres://postgres:@localhost:" + pg.getPort() + "/" + name;
      }));
    }
  }

  static void limits() throws Exception {
    int clients = 1_000;
    Path dir = Files.createTempDirectory("frontline-bench");
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      api.limits(FakeBotApi.Limits.TELEGRAM);
      try (TestBot bot = TestBot.polling(api.url(), dir, TelegramBot.Tuning.defaults())) {
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
          api.clientSays(2_000_000 + c, "C" + c, c % 2 == 0 ? "en" : "ru", QUESTIONS.get(c % QUESTIONS.size()));
        }
        if (!api.await(() -> api.sent().size() >= clients, WAIT)) {
          throw new IllegalStateException("limits: only " + api.sent().size() + " of " + clients + " replies");
        }
        double s = seconds(start);
        List<Long> at = new ArrayList<>();
        api.sent().forEach(x -> at.add(x.at()));
        at.sort(null);
        System.out.printf(Locale.ROOT,
            "limits: %d clients at once against a server enforcing 30/s overall, 4/s per chat: all answered in %.1f s "
                + "(%.1f msg/s), 429s from the server: %d, busiest second: %d messages, deferred by our limiter: %d%n",
            clients, s, clients / s, api.limitRejections(), busiestSecond(at), bot.bot.stats().deferred());
      }
    }
  }

  static int busiestSecond(List<Long> millis) {
    int max = 0;
    int from = 0;
    for (int i = 0; i < millis.size(); i++) {
      while (millis.get(from) <= millis.get(i) - 1_000) {
        from++;
      }
      max = Math.max(max, i - from + 1);
    }
    return max;
  }

  static void heap() throws Exception {
    int clients = 10_000;
    Path dir = Files.createTempDirectory("frontline-bench");
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN); TestBot bot = TestBot.polling(api.url(), dir, unlimited())) {
      api.keepSent(false); // the server's own records would be counted as the bot's heap
      // A few conversations first, so what is measured is the conversations, not the classes.
      for (int c = 0; c < 200; c++) {
        api.clientSays(3_000_000 + c, "W" + c, "en", "hello");
      }
      api.await(() -> api.sentCount() >= 200, WAIT);
      bot.awaitQuiet(WAIT);
      long before = usedAfterGc();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        api.clientSays(4_000_000 + c, "C" + c, c % 2 == 0 ? "en" : "ru", QUESTIONS.get(c % QUESTIONS.size()));
      }
      if (!api.await(() -> api.sentCount() >= 200 + clients, WAIT)) {
        throw new IllegalStateException("heap: only " + api.sentCount() + " replies");
      }
      bot.awaitQuiet(WAIT);
      double s = seconds(start);
      long after = usedAfterGc();
      System.out.printf(Locale.ROOT,
          "heap: %d active conversations hold %.1f MB more heap (%.0f bytes each), measured after GC; they took %.1f s (%.0f msg/s)%n",
          clients, (after - before) / 1e6, (after - before) / (double) clients, s, clients / s);
    }
  }

  static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(200); // a bench, not a test: let the collector settle
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** CPU time of this whole JVM (every thread, the JIT and GC included). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** CPU clock ticks (1/100 s) of every thread of this process, the JIT's and GC's included (Linux). */
  static Map<String, Long> threadTicks() {
    Map<String, Long> out = new HashMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : tasks.toList()) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          out.merge(name + "#" + t.getFileName(), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return Map.of(); // not Linux: no breakdown
    }
    return out;
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
