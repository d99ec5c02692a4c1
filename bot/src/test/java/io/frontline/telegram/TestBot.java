package io.frontline.telegram;

import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The bot as {@code frontline run} wires it ({@link Frontline#telegram}), on the sample company's
 * knowledge, a SQLite file in a temporary folder and a local Bot API, with timeouts short enough
 * for tests. The knowledge is loaded once per test JVM.
 */
public final class TestBot implements AutoCloseable {

  public static final String TOKEN = "123456:TEST-token_for-frontline";
  public static final Path KNOWLEDGE = Path.of("../knowledge");

  private static Frontline frontline;

  public final TelegramBot bot;
  public final Database db;

  private TestBot(TelegramBot bot, Database db) {
    this.bot = bot;
    this.db = db;
  }

  public static synchronized Frontline frontline() {
    if (frontline == null) {
      frontline = Frontline.load(KNOWLEDGE, Optional.empty());
    }
    return frontline;
  }

  /** Short timeouts and pauses: a hung call fails in 2 s, a retry comes within half a second. */
  public static TelegramBot.Tuning fast() {
    return TelegramBot.Tuning.defaults()
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
        .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(1));
  }

  /** Long polling against {@code api}. */
  public static TestBot polling(URI api, Path dataDir, TelegramBot.Tuning tuning) {
    return start(Map.of("TELEGRAM_API_URL", api.toString()), dataDir, tuning);
  }

  /** Long polling with more settings (STAFF_CHAT_ID...) and another clock. */
  public static TestBot polling(URI api, Path dataDir, TelegramBot.Tuning tuning, Map<String, String> settings, Clock clock) {
    return polling(api, dataDir, tuning, settings, clock, UnaryOperator.identity());
  }

  /** ... and the staff workspace adjusted (a summarizer double, extra staff commands). */
  public static TestBot polling(
      URI api, Path dataDir, TelegramBot.Tuning tuning, Map<String, String> settings, Clock clock,
      UnaryOperator<TelegramBot.Staff> staff) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("TELEGRAM_API_URL", api.toString());
    return start(env, dataDir, tuning, clock, staff);
  }

  /** Webhook mode: listening on 127.0.0.1 and a free port, with {@code secret}. */
  public static TestBot webhook(URI api, Path dataDir, String secret, TelegramBot.Tuning tuning) {
    return webhook(api, dataDir, secret, tuning, Map.of());
  }

  /** Webhook mode with more settings (DATABASE_URL...). */
  public static TestBot webhook(URI api, Path dataDir, String secret, TelegramBot.Tuning tuning, Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(settings);
    env.putAll(Map.of(
        "TELEGRAM_API_URL", api.toString(),
        "WEBHOOK_URL", "https://bot.example.org/telegram/hook",
        "WEBHOOK_SECRET", secret,
        "WEBHOOK_LISTEN", "127.0.0.1:0"));
    return start(env, dataDir, tuning);
  }

  private static TestBot start(Map<String, String> settings, Path dataDir, TelegramBot.Tuning tuning) {
    return start(settings, dataDir, tuning, Clock.systemUTC(), UnaryOperator.identity());
  }

  private static TestBot start(
      Map<String, String> settings, Path dataDir, TelegramBot.Tuning tuning, Clock clock,
      UnaryOperator<TelegramBot.Staff> staff) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("TELEGRAM_BOT_TOKEN", TOKEN);
    env.put("DATA_DIR", dataDir.toString());
    env.put("KNOWLEDGE_DIR", KNOWLEDGE.toString());
    Config config = Config.load(env, Optional.empty());
    Database db = Database.fromEnvironment(config.storeEnvironment(), clock);
    TelegramBot bot = frontline().telegram(config, db, tuning, clock, staff);
    try {
      bot.start();
    } catch (RuntimeException e) {
      bot.close();
      db.close();
      throw e;
    }
    return new TestBot(bot, db);
  }

  /** Waits until every journaled update is processed and the outbox is empty. */
  public boolean awaitQuiet(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    var outbox = db.outbox(Duration.ofMinutes(1));
    while (System.nanoTime() < end) {
      if (bot.awaitProcessed(Duration.ofNanos(Math.max(1, end - System.nanoTime())))
          && db.journal().unprocessed(1).isEmpty()
          && outbox.depth() == 0) {
        return true;
      }
      // Something is still being sent: look again shortly (a bounded poll of observable state).
      synchronized (this) {
        wait(20);
      }
    }
    return false;
  }

  @Override
  public void close() {
    bot.close();
    db.close();
  }
}
