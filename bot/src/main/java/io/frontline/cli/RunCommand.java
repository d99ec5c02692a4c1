package io.frontline.cli;

import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.app.FrontlineService;
import io.frontline.store.Database;
import io.frontline.telegram.TelegramBot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code frontline run}: the bot on Telegram, until it is stopped (Ctrl+C, SIGTERM). Settings come
 * from the environment and an optional YAML file; see {@link Config}.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the bot on Telegram: long polling by default, a webhook when WEBHOOK_URL is set.",
      "Settings (environment variables, or NAME: value lines in --config FILE): "
          + "TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_URL, KNOWLEDGE_DIR, PROMPTS_DIR, DATA_DIR, "
          + "DATABASE_URL, WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_LISTEN, HEALTH_LISTEN, STAFF_CHAT_ID, KNOWLEDGE_WATCH, "
          + "LLM_PROVIDER, LLM_BASE_URL, LLM_API_KEY, LLM_MODEL, LLM_TIMEOUT, LLM_RETRIES, LLM_DEADLINE."
    })
final class RunCommand implements Callable<Integer> {

  private final Main main;
  private final Map<String, String> env;

  @Option(names = "--config", paramLabel = "FILE", description = "A YAML file of settings; the environment overrides it.")
  Path configFile;

  @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge).")
  Path knowledge;

  @Option(names = "--prompts", paramLabel = "DIR", description = "An edited copy of prompts/ (default: $PROMPTS_DIR or the copy in the jar).")
  Path prompts;

  RunCommand(Main main, Map<String, String> env) {
    this.main = main;
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    Config config;
    try {
      config = Config.load(env, Optional.ofNullable(configFile));
      config =
          config.withSources(
              knowledge != null ? knowledge : config.knowledgeDir(),
              prompts != null ? Optional.of(prompts) : config.promptsDir());
      config.requireToken();
    } catch (Config.ConfigException e) {
      main.err.println("frontline run: " + e.getMessage());
      return Main.USAGE;
    }
    Frontline loaded = Frontline.load(config.knowledgeDir(), config.promptsDir(), config.llm());
    Database db;
    try {
      db = Database.fromEnvironment(config.storeEnvironment(), Clock.systemUTC());
    } catch (io.frontline.store.StoreException e) {
      return refused(e);
    }
    // With a model, its memory of each chat is kept in the store, beside the conversation state.
    Frontline frontline = loaded.withChatMemory(db.chatMemory());
    FrontlineService service;
    try {
      service = FrontlineService.start(config, db, frontline, TelegramBot.Tuning.defaults(), Clock.systemUTC());
    } catch (IllegalStateException | java.io.UncheckedIOException | io.frontline.store.StoreException e) {
      // A refused token, a port in use, a store that cannot be reached: the operator's to fix, in
      // one line; a stack trace would only hide it.
      db.close();
      return refused(e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    TelegramBot bot = service.bot();
    // A store lost under the bot: exit non-zero (the shutdown hook closes what is open) so that
    // systemd or Docker starts it again, rather than answer clients with nothing journaled.
    service.onStoreLost(
        problem -> {
          main.err.println("frontline: " + problem + "; exiting with " + Main.STORE_LOST);
          main.err.flush();
          new Thread(() -> System.exit(Main.STORE_LOST), "frontline-exit").start();
        });
    // History older than RETENTION_DAYS goes: now, then every six hours.
    java.util.concurrent.ScheduledExecutorService retention =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "frontline-retention");
          t.setDaemon(true);
          return t;
        });
    Runnable sweep = Frontline.retentionSweep(config, db, Clock.systemUTC());
    retention.scheduleWithFixedDelay(
        () -> {
          try {
            sweep.run();
          } catch (RuntimeException e) {
            main.err.println("frontline: retention sweep failed: " + e.getMessage());
          }
        },
        0, 6, java.util.concurrent.TimeUnit.HOURS);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              retention.shutdownNow();
              service.close();
              db.close();
              stopped.countDown();
            },
            "frontline-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    main.out.println(
        "frontline: "
            + (bot.username().isEmpty()
                ? "the bot is connecting to Telegram (not reached yet; it keeps trying, and answers once it is) ("
                : "@" + bot.username() + " is running on Telegram (")
            + (bot.mode() == TelegramBot.Mode.WEBHOOK
                ? "webhook " + config.webhookUrl().orElseThrow() + ", listening on " + bot.webhookAddress().map(Object::toString).orElse("?")
                : "long polling")
            + "), store: " + db
            + service.healthAddress().map(a -> ", health: http://" + reachable(a) + ":" + a.getPort() + "/healthz").orElse("")
            + (config.watchKnowledge() ? ", reloading " + config.knowledgeDir() + " on change" : "")
            + ", " + frontline.llmSettings().map(m -> "model: " + m).orElse("no model (LLM_PROVIDER=none)")
            + ". Ctrl+C stops it.");
    main.out.flush();
    stopped.await();
    return Main.OK;
  }

  /** A host to open the health page at: "localhost" for a wildcard (0.0.0.0 or ::) listener. */
  private static String reachable(java.net.InetSocketAddress a) {
    if (a.getAddress() != null && a.getAddress().isAnyLocalAddress()) {
      return "localhost";
    }
    String host = a.getHostString();
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private int refused(RuntimeException e) {
    String cause = e.getCause() != null && e.getCause().getMessage() != null && !e.getMessage().contains(e.getCause().getMessage())
        ? " (" + e.getCause().getMessage() + ")"
        : "";
    main.err.println("frontline run: " + e.getMessage() + cause);
    return Main.FAILED;
  }
}
