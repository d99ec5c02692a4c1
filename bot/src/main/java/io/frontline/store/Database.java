package io.frontline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.frontline.conversation.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bot's database: a SQLite file by default, PostgreSQL when {@code DATABASE_URL} is set (the way
 * to run several bot instances). Opening it applies the schema migrations; the stores it hands out
 * ({@link #journal}, {@link #conversations}, {@link #transcript}, {@link #decisions},
 * {@link #clients}, {@link #outbox}) work the same on both.
 *
 * <p>Each store call runs in its own short transaction, unless the calling thread is inside
 * {@link #inTransaction}: then every store call it makes joins that one transaction, so one update's
 * processing (state, transcript, decision, reply, journal) commits or rolls back as a whole:
 *
 * <pre>{@code
 * db.inTransaction(() -> {
 *   if (!journal.markProcessed(updateId)) return;   // done before, by us or another instance
 *   conversations.handle(chat, message);           // state + outbox row, through the ports
 * });
 * }</pre>
 *
 * <p>Thread-safe. Time (received, sent, first seen...) comes from the injected {@link Clock}.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** How long a connection waits for a SQLite writer to finish before giving up. */
  static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(15);

  private final DatabaseUrl url;
  private final HikariDataSource pool;
  private final Clock clock;
  private final int migrationsApplied;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  private final GroupCommit writes;

  /** SQLite: the database file and its identity (inode) when it was opened. */
  private final Optional<Path> file;
  private final Object fileKey;

  /**
   * The pool's figures on /metrics, named as Hikari's own tracker names them
   * (hikaricp_connections_active, _idle, _pending, _max and hikaricp_connections): a store that runs
   * out of connections shows there before clients wait. Read from the pool's MXBean rather than
   * Hikari's tracker, which a pool accepts only once: a service started again on the same store
   * (a restart in one process, a test) binds its own registry too.
   */
  public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
    com.zaxxer.hikari.HikariPoolMXBean mx = pool.getHikariPoolMXBean();
    String name = pool.getPoolName();
    gauge(registry, "hikaricp.connections.active", name, mx, com.zaxxer.hikari.HikariPoolMXBean::getActiveConnections);
    gauge(registry, "hikaricp.connections.idle", name, mx, com.zaxxer.hikari.HikariPoolMXBean::getIdleConnections);
    gauge(registry, "hikaricp.connections.pending", name, mx, com.zaxxer.hikari.HikariPoolMXBean::getThreadsAwaitingConnection);
    gauge(registry, "hikaricp.connections", name, mx, com.zaxxer.hikari.HikariPoolMXBean::getTotalConnections);
    gauge(registry, "hikaricp.connections.max", name, pool, p -> p.getMaximumPoolSize());
  }

  private static <T> void gauge(
      io.micrometer.core.instrument.MeterRegistry registry, String metric, String pool, T source, java.util.function.ToDoubleFunction<T> value) {
    io.micrometer.core.instrument.Gauge.builder(metric, source, value).tag("pool", pool).strongReference(true).register(registry);
  }

  private Database(DatabaseUrl url, HikariDataSource pool, Clock clock, int migrationsApplied) {
    this.file =
        url.dialect() == Dialect.SQLITE
            ? Optional.of(Path.of(DatabaseUrl.sqliteFile(url.jdbcUrl())).toAbsolutePath())
            : Optional.empty();
    this.fileKey = file.map(Database::fileKey).orElse(null);
    this.url = url;
    this.pool = pool;
    this.clock = clock;
    this.migrationsApplied = migrationsApplied;
    this.writes = new GroupCommit(this, url.dialect().singleWriter());
  }

  /**
   * Opens the database named by the environment: {@code DATABASE_URL} (PostgreSQL, as
   * {@code postgres://user:pass@host:port/db} or {@code jdbc:postgresql://...}) when set, else the
   * SQLite file {@code frontline.db} in {@code DATA_DIR} (default {@code data/}, created if missing).
   */
  public static Database fromEnvironment(Map<String, String> env, Clock clock) {
    return open(DatabaseUrl.fromEnvironment(env), clock);
  }

  /**
   * Opens {@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://...} or
   * {@code postgres://user:pass@host:port/db} and brings its schema up to date.
   *
   * @throws IllegalArgumentException the url is none of those
   * @throws StoreException the database cannot be reached or migrated
   */
  public static Database open(String url, Clock clock) {
    return open(DatabaseUrl.parse(url), clock);
  }

  private static Database open(DatabaseUrl url, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    HikariConfig config = new HikariConfig();
    config.setPoolName("frontline-store");
    config.setDataSource(dataSource(url));
    // SQLite runs one writer at a time; a few connections are for readers (WAL lets them overlap).
    config.setMaximumPoolSize(url.dialect() == Dialect.SQLITE ? 4 : 10);
    config.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("store: cannot connect to " + url + ": " + e.getMessage(), e);
    }
    try {
      MigrateResult result =
          Flyway.configure(Database.class.getClassLoader())
              .dataSource(pool)
              .locations("classpath:db/migration")
              .placeholders(Map.of("identity", url.dialect().identityColumn, "strpos", url.dialect().strpos))
              .load()
              .migrate();
      LOG.info(
          "store: {}, schema version {} ({} migration(s) applied now)",
          url, result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
          result.migrationsExecuted);
      return new Database(url, pool, clock, result.migrationsExecuted);
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("store: cannot migrate " + url + ": " + e.getMessage(), e);
    }
  }

  private static DataSource dataSource(DatabaseUrl url) {
    if (url.dialect() == Dialect.SQLITE) {
      Path file = Path.of(DatabaseUrl.sqliteFile(url.jdbcUrl())).toAbsolutePath();
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new StoreException("store: cannot create the folder " + file.getParent() + ": " + e, e);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // FULL: a commit survives a power cut, not only a killed process; the journal needs that.
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout((int) SQLITE_BUSY_TIMEOUT.toMillis());
      // Transactions take the write lock when they begin, so two of them never deadlock when both
      // try to upgrade from reading to writing.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      config.enforceForeignKeys(true);
      // What is deleted is overwritten with zeros, not left in free pages: a client who asked to
      // be forgotten must not stay readable in the file (issue 15).
      config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(url.jdbcUrl());
      return ds;
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url.jdbcUrl());
    url.user().ifPresent(ds::setUser);
    url.password().ifPresent(ds::setPassword);
    return ds;
  }

  /**
   * Runs {@code work} in one transaction: every store call the calling thread makes inside it joins
   * the transaction. Commits when {@code work} returns, rolls back when it throws (and rethrows). A
   * call made while a transaction is already open joins that one. Store calls made from other
   * threads are not part of it.
   */
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    List<Runnable> afterCommit;
    T result;
    try (Connection c = pool.getConnection()) {
      Transaction tx = new Transaction(c);
      c.setAutoCommit(false);
      current.set(tx);
      try {
        result = work.get();
        c.commit();
      } catch (RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        current.remove(); // the pool restores auto-commit when the connection goes back
      }
      afterCommit = tx.afterCommit;
    } catch (SQLException e) {
      throw new StoreException("store: transaction failed: " + e.getMessage(), e);
    }
    afterCommit.forEach(Runnable::run);
    return result;
  }

  /**
   * Where writers that run often and concurrently (the transport's journal, processing, outbox)
   * send their transactions: one shared instance per database. On a single-writer database
   * (SQLite) it commits the work of every thread that is waiting in one transaction, so a burst of
   * messages costs one commit (one fsync) per round instead of one each.
   */
  public GroupCommit writes() {
    return writes;
  }

  /** {@link #inTransaction(Supplier)} for work that returns nothing. */
  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** What has happened to each Telegram update: recorded, then processed. */
  public UpdateJournal journal() {
    return new JdbcUpdateJournal(this);
  }

  /**
   * Conversation state. A conversation idle for longer than {@code idle} starts afresh (as with the
   * in-memory store). Read inside {@link #inTransaction}, a chat's state stays locked until the
   * transaction ends, so two transactions (or bot instances) never handle one chat at once.
   *
   * <p>On SQLite, which one bot instance uses, up to {@code maxCached} chats are also kept in memory
   * for {@code idle} after their last use, written through to the database. On PostgreSQL, which
   * several instances share, every read goes to the database: a copy in one instance's memory would
   * miss what another instance wrote.
   */
  public StateStore conversations(long maxCached, Duration idle) {
    JdbcConversationStore store = new JdbcConversationStore(this, idle);
    return url.dialect().singleInstance ? new CachingStateStore(store, this, maxCached, idle) : store;
  }

  /** What the client wrote and what was answered, chat by chat. */
  public Transcript transcript() {
    return new JdbcTranscript(this);
  }

  /** Every decision and why, for statistics. */
  public DecisionLog decisions() {
    return new JdbcDecisionLog(this);
  }

  /** The model's memory of each chat (LLM mode), for {@link io.frontline.llm.PersistentChatMemoryStore}. */
  public io.frontline.llm.ChatMemoryRows chatMemory() {
    return new JdbcChatMemoryRows(this);
  }

  /** Forgetting a client, and dropping history older than the retention period. */
  public Eraser eraser() {
    return new JdbcEraser(this);
  }

  /** Orders taken in the chat and suggestions made to clients. */
  public OrderBook orders() {
    return new JdbcOrderBook(this);
  }

  /** Who opted in to news, and the news staff write. */
  public Subscriptions subscriptions() {
    return new JdbcSubscriptions(this);
  }

  /** Who writes to the bot. */
  public ClientDirectory clients() {
    return new JdbcClientDirectory(this);
  }

  /**
   * Replies waiting to be sent. A sender's claim on a message ({@link OutboxStore#due}) lasts
   * {@code lease}; a message still unconfirmed then (the sender died) is handed out again.
   */
  public OutboxStore outbox(Duration lease) {
    return new JdbcOutboxStore(this, lease);
  }

  /** Hand-overs to a named person and the staff group's topics. */
  public io.frontline.handoff.HandoffStore handoffs() {
    return new JdbcHandoffStore(this);
  }

  /** What the scheduled jobs (the weekly summary) last did. */
  /** The instances sharing this store (one for SQLite). */
  public Instances instances() {
    return new JdbcInstances(this);
  }

  public JobLog jobs() {
    return new JdbcJobLog(this);
  }

  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return url.toString();
  }

  // ---- for the stores of this package ----

  /** Work on one connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on the calling thread's transaction, or on a connection of its own (each
   * statement committing by itself) when there is none.
   */
  <T> T run(String what, Work<T> work) {
    Transaction tx = current.get();
    try {
      if (tx != null) {
        return work.run(tx.connection);
      }
      try (Connection c = pool.getConnection()) {
        return work.run(c);
      }
    } catch (SQLException e) {
      throw new StoreException("store: " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code action} once the calling thread's transaction commits (not at all if it rolls
   * back); at once when there is none. For what must not happen while the transaction holds its
   * locks, such as waking the outbox sender.
   */
  public void afterCommit(Runnable action) {
    Transaction tx = current.get();
    if (tx == null) {
      action.run();
    } else {
      tx.afterCommit.add(action);
    }
  }

  private static Object fileKey(Path f) {
    try {
      Object key = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return key == null ? "" : key;
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * What is wrong with the store's file, if anything: SQLite's file deleted or replaced under the
   * running bot. Its open connections keep writing into the deleted file (lost at the next start)
   * until a new one creates an empty database; neither may go on unseen.
   */
  public Optional<String> fileProblem() {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path f = file.get();
    if (!Files.exists(f)) {
      return Optional.of("the database file " + f + " was deleted");
    }
    Object now = fileKey(f);
    if (!"".equals(fileKey) && !"".equals(now) && !fileKey.equals(now)) {
      return Optional.of("the database file " + f + " was replaced by another file");
    }
    return Optional.empty();
  }

  /**
   * A write transaction that changes nothing: it takes the write lock (SQLite) or a transaction
   * (PostgreSQL) and commits. Throws when the store cannot write: a held write lock past the busy
   * timeout, a read-only or full disk, a lost connection.
   */
  public void probeWrite() {
    inTransaction(() -> run("probe a write", c -> Sql.update(c, "DELETE FROM updates WHERE update_id = -1")));
  }

  /**
   * SQLite: moves the write-ahead log into the database file and empties it, so pages that held
   * deleted text are gone from the log too (best effort: a reader still open keeps the log until
   * the next checkpoint). PostgreSQL: nothing; its own VACUUM reclaims dead rows.
   */
  public void compactLog() {
    if (dialect() != Dialect.SQLITE) {
      return;
    }
    try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      LOG.warn("store: the write-ahead log could not be emptied now ({}); the next checkpoint does it", e.getMessage());
    }
  }

  /**
   * Runs {@code work} inside the calling thread's transaction, behind a savepoint: when it throws,
   * what it wrote (and what it asked to run after the commit) is undone, the rest of the
   * transaction stays, and the exception is rethrown.
   *
   * @throws IllegalStateException the calling thread is not inside {@link #inTransaction}
   */
  <T> T inSavepoint(Supplier<T> work) {
    Transaction tx = current.get();
    if (tx == null) {
      throw new IllegalStateException("a savepoint needs a transaction");
    }
    int hooks = tx.afterCommit.size();
    Savepoint savepoint;
    try {
      savepoint = tx.connection.setSavepoint();
    } catch (SQLException e) {
      throw new StoreException("store: cannot set a savepoint: " + e.getMessage(), e);
    }
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      try {
        tx.connection.rollback(savepoint);
      } catch (SQLException rollbackFailed) {
        e.addSuppressed(rollbackFailed);
        throw new BrokenTransaction("store: cannot roll back to a savepoint: " + rollbackFailed.getMessage(), e);
      }
      tx.afterCommit.subList(hooks, tx.afterCommit.size()).clear();
      throw e;
    }
    try {
      tx.connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      throw new StoreException("store: cannot release a savepoint: " + e.getMessage(), e);
    }
    return result;
  }

  /** Whether the calling thread is inside {@link #inTransaction}. */
  boolean inTransactionNow() {
    return current.get() != null;
  }

  /** Which database this is (SQLite or PostgreSQL). */
  public Dialect dialect() {
    return url.dialect();
  }

  Clock clock() {
    return clock;
  }

  /** How many migrations opening this database applied (0 when the schema was up to date). */
  int migrationsApplied() {
    return migrationsApplied;
  }

  /** A savepoint could not be undone: the transaction is in an unknown state and must fail as a whole. */
  static final class BrokenTransaction extends StoreException {
    BrokenTransaction(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final class Transaction {
    final Connection connection;
    final List<Runnable> afterCommit = new ArrayList<>();

    Transaction(Connection connection) {
      this.connection = connection;
    }
  }
}
