package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.conversation.ChatId;
import io.frontline.conversation.StateStore;
import io.frontline.decision.Action;
import io.frontline.decision.Aftercare;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.order.NewOrder;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.order.Quote;
import io.frontline.relationship.Relationship;
import io.frontline.relationship.SuggestionAnswer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ConversationState;
import io.frontline.decision.Decision;
import io.frontline.handoff.Handoff;
import io.frontline.handoff.Stage;
import io.frontline.handoff.StaffTopic;
import java.io.BufferedReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, whatever the database. Each subclass supplies an empty database;
 * SQLite and PostgreSQL run exactly these tests.
 */
abstract class StoreContractTest {

  static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  static final Duration LEASE = Duration.ofSeconds(60);
  static final Duration IDLE = Duration.ofHours(24);
  static final ChatId ANNA = new ChatId(1001);
  static final ChatId IVAN = new ChatId(1002);

  /** A url of an empty database no other test uses. */
  protected abstract String newDatabaseUrl() throws Exception;

  MutableClock clock;
  String url;
  Database db;
  UpdateJournal journal;
  OutboxStore outbox;

  @BeforeEach
  void openEmptyDatabase() throws Exception {
    clock = new MutableClock(T0);
    url = newDatabaseUrl();
    db = Database.open(url, clock);
    journal = db.journal();
    outbox = db.outbox(LEASE);
  }

  @AfterEach
  void close() {
    db.close();
  }

  // ---- migrations ----

  /** The migrations shipped (V1__..., V2__...): each runs once, on both databases. */
  static long shippedMigrations() throws Exception {
    try (var files = java.nio.file.Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
      return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }

  @Test
  void migrationsRunOnceAndOpeningAgainChangesNothing() throws Exception {
    long shipped = shippedMigrations();
    assertThat(shipped).isGreaterThanOrEqualTo(2);
    assertThat(db.migrationsApplied()).isEqualTo(shipped);
    journal.record(1, ANNA, "{}");
    db.close();

    db = Database.open(url, clock);

    assertThat(db.migrationsApplied()).isZero();
    assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")).isEqualTo(shipped);
    assertThat(db.journal().unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(1L);
  }

  // ---- hand-overs ----

  @Test
  void aClientHasOneOpenHandoffAndItsTimerComesDue() {
    io.frontline.handoff.HandoffStore h = db.handoffs();
    Handoff first = h.open(ANNA, "anna", "complaint", "the client complains", "en", T0, Optional.of(T0.plusSeconds(900)));
    assertThat(first.stage()).isEqualTo(Stage.WAITING);
    assertThat(h.active(ANNA)).contains(first);
    assertThat(h.active(IVAN)).isEmpty();

    assertThat(h.due(T0.plusSeconds(899), 10)).isEmpty();
    assertThat(h.due(T0.plusSeconds(900), 10)).extracting(Handoff::id).containsExactly(first.id());

    h.advance(first.id(), Stage.REMINDED, Optional.of(T0.plusSeconds(1800)));
    assertThat(h.due(T0.plusSeconds(900), 10)).isEmpty();
    h.answered(first.id(), T0.plusSeconds(1000));
    assertThat(h.active(ANNA).orElseThrow()).satisfies(x -> {
      assertThat(x.stage()).isEqualTo(Stage.ANSWERED);
      assertThat(x.due()).isEmpty();
      assertThat(x.answered()).contains(T0.plusSeconds(1000));
    });
    assertThat(h.due(T0.plusSeconds(99_999), 10)).isEmpty();

    // A second hand-over closes the first: one open per client.
    Handoff second = h.open(ANNA, "lesia", "refund", "refund", "de", T0.plusSeconds(2000), Optional.empty());
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(h.active(ANNA)).contains(second);
    assertThat(h.count(ANNA)).isEqualTo(2);
    assertThat(h.openByStaff()).isEqualTo(java.util.Map.of("lesia", 1));

    h.reassign(second.id(), "marta", Stage.BACKUP, Optional.empty());
    h.acked(second.id(), T0.plusSeconds(2100));
    assertThat(h.active(ANNA).orElseThrow()).satisfies(x -> {
      assertThat(x.staff()).isEqualTo("marta");
      assertThat(x.stage()).isEqualTo(Stage.BACKUP);
      assertThat(x.acked()).contains(T0.plusSeconds(2100));
    });
    h.close(second.id(), T0.plusSeconds(3000));
    assertThat(h.active(ANNA)).isEmpty();
    assertThat(h.openByStaff()).isEmpty();
  }

  @Test
  void aClientsTopicIsRememberedAndFoundByItsThread() {
    io.frontline.handoff.HandoffStore h = db.handoffs();
    assertThat(h.topic(ANNA)).isEmpty();
    h.saveTopic(new StaffTopic(ANNA, -100L, 17, "Anna · anna"));
    h.saveTopic(new StaffTopic(IVAN, -100L, 18, "Ivan · oleh"));
    assertThat(h.clientOfTopic(-100L, 17)).contains(ANNA);
    assertThat(h.clientOfTopic(-100L, 19)).isEmpty();
    assertThat(h.clientOfTopic(-200L, 17)).isEmpty();

    // Deleted by hand and created again: the new thread replaces the old.
    h.saveTopic(new StaffTopic(ANNA, -100L, 42, "Anna · zsofia"));
    assertThat(h.topic(ANNA)).contains(new StaffTopic(ANNA, -100L, 42, "Anna · zsofia"));
    assertThat(h.clientOfTopic(-100L, 17)).isEmpty();
    assertThat(h.clientOfTopic(-100L, 42)).contains(ANNA);
  }

  @Test
  void handoffsJoinTheCallersTransaction() {
    io.frontline.handoff.HandoffStore h = db.handoffs();
    assertThatThrownBy(
            () -> db.inTransaction(() -> {
              h.open(IVAN, "ivan", "equipment", "broken cooler", "uk", T0, Optional.empty());
              throw new IllegalStateException("the reply could not be written");
            }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(h.active(IVAN)).isEmpty();
    assertThat(h.count(IVAN)).isZero();
  }

  @Test
  void aChatsRecentDecisionsComeOldestFirstAndTheJournalKeepsPayloads() {
    DecisionLog log = db.decisions();
    for (int i = 0; i < 4; i++) {
      log.append(new LoggedDecision(ANNA, Optional.of((long) i),
          new Decision(Action.ANSWER, "r" + i, "en", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "why " + i),
          T0.plusSeconds(i)));
    }
    log.append(new LoggedDecision(IVAN, Optional.empty(),
        new Decision(Action.ANSWER, "x", "en", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "other"), T0));
    assertThat(log.recent(ANNA, 2)).extracting(d -> d.decision().reason()).containsExactly("why 2", "why 3");

    journal.record(5, ANNA, "{\"update_id\":5}");
    assertThat(journal.payload(5)).contains("{\"update_id\":5}");
    assertThat(journal.payload(6)).isEmpty();
  }

  // ---- group commit ----

  @Test
  void workThatFailsInAGroupCommitIsUndoneAndItsCallerGetsTheFailure() {
    GroupCommit writes = db.writes();
    assertThatThrownBy(() -> writes.run(() -> {
          journal.record(1, ANNA, "{}");
          throw new IllegalStateException("broken update");
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken update");
    assertThat(writes.run(() -> journal.record(2, IVAN, "{}"))).isTrue();

    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(2L);
  }

  // ---- update journal ----

  @Test
  void anUpdateIsRecordedOnce() {
    assertThat(journal.record(7, ANNA, "{\"update_id\":7}")).isTrue();
    clock.advance(Duration.ofSeconds(5));
    assertThat(journal.record(7, ANNA, "{\"update_id\":7,\"again\":true}")).isFalse();

    assertThat(journal.unprocessed(10))
        .containsExactly(new JournaledUpdate(7, ANNA, "{\"update_id\":7}", T0));
  }

  @Test
  void unprocessedUpdatesComeInUpdateIdOrderUntilMarkedProcessed() {
    journal.record(12, IVAN, "c");
    journal.record(10, ANNA, "a");
    journal.record(11, ANNA, "b");

    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(10L, 11L, 12L);
    assertThat(journal.unprocessed(2)).extracting(JournaledUpdate::updateId).containsExactly(10L, 11L);

    assertThat(journal.markProcessed(11)).isTrue();
    assertThat(journal.markProcessed(11)).as("second time").isFalse();
    assertThat(journal.markProcessed(99)).as("never recorded").isFalse();
    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(10L, 12L);
  }

  @Test
  void processingAnUpdateTwiceChangesNothingTheSecondTime() {
    journal.record(20, ANNA, "hi");
    Transcript transcript = db.transcript();
    Runnable process =
        () -> db.inTransaction(() -> {
          if (!journal.markProcessed(20)) {
            return;
          }
          transcript.append(TranscriptEntry.text(ANNA, Direction.IN, "hi", T0, 20));
          outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello!", OutboxMessage.dedupKey(20, 0)));
        });

    process.run();
    process.run();

    assertThat(transcript.last(ANNA, 10)).hasSize(1);
    assertThat(outbox.depth()).isEqualTo(1);
  }

  @Test
  void afterAKillEveryUpdateIsDoneOnceOrRedoneOnce() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process bot =
        new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashingBot.class.getName(), url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    long lastReported = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && lastReported < 40; line = out.readLine()) {
        lastReported = Long.parseLong(line.substring("processed ".length()));
      }
      bot.destroyForcibly(); // SIGKILL, mid-transaction or between two
      assertThat(bot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lastReported).as("the bot ran").isEqualTo(40);

    long recorded = count("SELECT COUNT(*) FROM updates");
    long processed = count("SELECT COUNT(*) FROM updates WHERE status = 'processed'");
    assertThat(processed).as("every reported commit survives").isGreaterThanOrEqualTo(lastReported);
    assertThat(count("SELECT COUNT(*) FROM outbox")).as("a reply for each processed update, no more").isEqualTo(processed);
    assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(processed);

    // Restart: redo what the journal says is unfinished.
    for (JournaledUpdate u : journal.unprocessed(100)) {
      CrashingBot.process(db, u.updateId());
    }
    assertThat(journal.unprocessed(100)).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM outbox")).as("exactly one reply per update").isEqualTo(recorded);
    assertThat(count("SELECT COUNT(DISTINCT dedup_key) FROM outbox")).isEqualTo(recorded);
  }

  // ---- conversation state ----

  @Test
  void conversationStateRoundTripsWithItsOptionals() {
    StateStore states = db.conversations(100, IDLE);
    ConversationState full =
        ConversationState.NEW
            .after(decision(Action.ANSWER, "uk", Optional.empty(), "скільки коштує бутель"))
            .after(decision(Action.CLARIFY, "uk", Optional.of("delivery"), "а доставка"));
    ConversationState partial = ConversationState.NEW.after(decision(Action.ANSWER, "ru", Optional.empty(), ""));
    assertThat(full.lastTopic()).isPresent();
    assertThat(partial.lastTopic()).isEmpty();

    assertThat(states.get(ANNA)).isEqualTo(ConversationState.NEW);
    states.put(ANNA, full);
    states.put(IVAN, partial);

    StateStore fromDatabase = new JdbcConversationStore(db, IDLE);
    assertThat(fromDatabase.get(ANNA)).isEqualTo(full);
    assertThat(fromDatabase.get(IVAN)).isEqualTo(partial);
    assertThat(states.get(ANNA)).isEqualTo(full);

    states.put(ANNA, ConversationState.NEW);
    assertThat(new JdbcConversationStore(db, IDLE).get(ANNA)).isEqualTo(ConversationState.NEW);
  }

  @Test
  void aConversationIdleForLongerThanIdleStartsAfresh() {
    StateStore states = new JdbcConversationStore(db, Duration.ofHours(1));
    ConversationState s = ConversationState.NEW.after(decision(Action.REFER, "pl", Optional.empty(), "serwis"));
    states.put(ANNA, s);

    clock.advance(Duration.ofMinutes(60));
    assertThat(states.get(ANNA)).isEqualTo(s);
    clock.advance(Duration.ofMillis(1));
    assertThat(states.get(ANNA)).isEqualTo(ConversationState.NEW);
  }

  @Test
  void storedStateFromAnOlderVersionOrUnreadableStillReads() {
    sql("INSERT INTO conversation_state (chat_id, state, updated_at) VALUES (1001, '{\"language\":\"hu\","
        + "\"lastAction\":\"ESCALATE\",\"turns\":1,\"retired\":true}', " + T0.toEpochMilli() + ")");
    sql("INSERT INTO conversation_state (chat_id, state, updated_at) VALUES (1002, 'not json', "
        + T0.toEpochMilli() + ")");
    StateStore states = db.conversations(100, IDLE);

    assertThat(states.get(ANNA))
        .as("fields it lacks take their value in NEW, fields it has no longer are ignored")
        .isEqualTo(ConversationState.NEW.after(decision(Action.ESCALATE, "hu", Optional.empty(), "")));
    assertThat(states.get(IVAN)).isEqualTo(ConversationState.NEW);
  }

  @Test
  void theCacheKeepsOnlyWhatTheDatabaseCommitted() {
    StateStore states = new CachingStateStore(new JdbcConversationStore(db, IDLE), db, 100, IDLE);
    ConversationState committed = ConversationState.NEW.after(decision(Action.ANSWER, "de", Optional.empty(), ""));
    ConversationState rolledBack = committed.after(decision(Action.CLARIFY, "more?"));
    states.put(ANNA, committed);

    assertThatThrownBy(() -> db.inTransaction(() -> {
      states.put(ANNA, rolledBack);
      assertThat(states.get(ANNA)).as("inside the transaction").isEqualTo(rolledBack);
      throw new IllegalStateException("crash");
    })).hasMessage("crash");

    assertThat(states.get(ANNA)).isEqualTo(committed);
    assertThat(new JdbcConversationStore(db, IDLE).get(ANNA)).isEqualTo(committed);
  }

  @Test
  void theCacheIsBounded() {
    CachingStateStore states = new CachingStateStore(new JdbcConversationStore(db, IDLE), db, 10, IDLE);
    for (long chat = 1; chat <= 50; chat++) {
      states.put(new ChatId(chat), ConversationState.NEW);
    }
    assertThat(states.cachedChats()).isLessThanOrEqualTo(10);
    assertThat(states.get(new ChatId(1))).isEqualTo(ConversationState.NEW);
  }

  @Test
  void transactionsOnOneChatRunOneAfterAnother() throws Exception {
    StateStore states = db.conversations(100, IDLE);
    int perThread = 15;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        workers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            // Read, decide, write: what handling one message does.
            db.inTransaction(() -> states.put(ANNA, states.get(ANNA).after(decision(Action.ANSWER, "ok"))));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : workers) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(new JdbcConversationStore(db, IDLE).get(ANNA).turns()).as("no turn lost").isEqualTo(2 * perThread);
  }

  // ---- transcript and decisions ----

  @Test
  void theTranscriptKeepsEachChatsMessagesInOrder() {
    Transcript transcript = db.transcript();
    TranscriptEntry photo =
        new TranscriptEntry(ANNA, Direction.IN, "", Optional.of("photo"), T0, Optional.of(1L));
    TranscriptEntry answer = TranscriptEntry.text(ANNA, Direction.OUT, "Nice bottle!", T0.plusSeconds(1), 1);
    TranscriptEntry staff =
        new TranscriptEntry(ANNA, Direction.STAFF, "Anna here.", Optional.empty(), T0.plusSeconds(2), Optional.empty());
    transcript.append(photo);
    transcript.append(TranscriptEntry.text(IVAN, Direction.IN, "Привет", T0, 2));
    transcript.append(answer);
    transcript.append(staff);

    assertThat(transcript.last(ANNA, 10)).containsExactly(photo, answer, staff);
    assertThat(transcript.last(ANNA, 2)).containsExactly(answer, staff);
    assertThat(transcript.last(IVAN, 10)).extracting(TranscriptEntry::text).containsExactly("Привет");
    assertThat(transcript.last(new ChatId(5), 10)).isEmpty();
  }

  @Test
  void theTranscriptKeepsMediaAsAFileReferenceWithTheMessageId() {
    Transcript transcript = db.transcript();
    TranscriptEntry photo =
        new TranscriptEntry(ANNA, Direction.IN, "Is this one yours?", Optional.of(new Attachment("photo", "AgACAgIAAxkBig")),
            T0, Optional.of(1L), Optional.of(77L));
    TranscriptEntry place =
        new TranscriptEntry(ANNA, Direction.IN, "", Optional.of(new Attachment("location", "52.23,21.01")),
            T0.plusSeconds(1), Optional.of(2L), Optional.of(78L));
    transcript.append(photo);
    transcript.append(place);

    List<TranscriptEntry> read = transcript.last(ANNA, 10);
    assertThat(read).containsExactly(photo, place);
    assertThat(read.get(0).media().flatMap(Attachment::fileId)).contains("AgACAgIAAxkBig");
    assertThat(read.get(1).media().flatMap(Attachment::fileId)).as("a place is no file").isEmpty();
    assertThat(read).extracting(e -> e.mediaKind().orElseThrow()).containsExactly("photo", "location");
  }

  @Test
  void theVersionOneEntryShapeStillReadsItsKindAndReference() {
    TranscriptEntry old =
        new TranscriptEntry(ANNA, Direction.IN, "", Optional.of("voice:AwACAgIAAx"), T0, Optional.of(3L));
    db.transcript().append(old);

    TranscriptEntry read = db.transcript().last(ANNA, 1).get(0);
    assertThat(read.media()).contains(new Attachment("voice", "AwACAgIAAx"));
    assertThat(read.mediaKind()).contains("voice");
    assertThat(read.messageId()).isEmpty();
  }

  @Test
  void rowsWrittenBeforeVersionTwoHaveTheirMediaSplitIntoKindAndReference() throws Exception {
    db.close();
    String fresh = newDatabaseUrl();
    DatabaseUrl parsed = DatabaseUrl.parse(fresh);
    if (parsed.dialect() == Dialect.SQLITE) {
      java.nio.file.Files.createDirectories(Path.of(DatabaseUrl.sqliteFile(parsed.jdbcUrl())).getParent());
    }
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(parsed.jdbcUrl(), parsed.user().orElse(null), parsed.password().orElse(null))
        .locations("classpath:db/migration")
        .placeholders(Map.of("identity", parsed.dialect().identityColumn, "strpos", parsed.dialect().strpos))
        .target("1")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user().orElse(null), parsed.password().orElse(null));
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO messages (chat_id, direction, text, media_kind, occurred_at, update_id) VALUES"
          + " (1001, 'in', '', 'photo:AgAC:with-colon', 0, 1), (1001, 'in', '', 'location:52.23,21.01', 1, 2),"
          + " (1001, 'in', '', 'sticker', 2, 3), (1001, 'in', 'hi', NULL, 3, 4)");
    }

    db = Database.open(fresh, clock);

    assertThat(db.migrationsApplied()).as("every migration after V1").isEqualTo(shippedMigrations() - 1);
    assertThat(db.transcript().last(ANNA, 10)).extracting(TranscriptEntry::media).containsExactly(
        Optional.of(new Attachment("photo", "AgAC:with-colon")),
        Optional.of(new Attachment("location", "52.23,21.01")),
        Optional.of(new Attachment("sticker", "")),
        Optional.empty());
  }

  @Test
  void decisionsAreLoggedWithEverythingThatExplainsThem() {
    DecisionLog log = db.decisions();
    LoggedDecision refer =
        new LoggedDecision(
            ANNA,
            Optional.of(30L),
            new Decision(Action.REFER, "Try CoolFix, +48 600 000 000.", "pl", List.of("cooler-service", "faq-2"),
                Optional.of("cooler-service"), Optional.empty(), Optional.of("cooler repair"), "partner covers it")
                .withRequest("naprawa chłodziarki")
                .withContactSource("instagram"), // kept in the JSON detail only
            T0);
    LoggedDecision escalate =
        new LoggedDecision(IVAN, Optional.empty(), decision(Action.ESCALATE, "Anna will answer."), T0.plusSeconds(60));
    log.append(escalate);
    log.append(refer);

    assertThat(log.between(T0, T0.plusSeconds(61))).containsExactly(refer, escalate);
    assertThat(log.between(T0.plusMillis(1), T0.plusSeconds(60))).isEmpty();
  }

  @Test
  void aDecisionLoggedBeforeItGainedFieldsReadsFromItsColumns() {
    sql("INSERT INTO decisions (chat_id, update_id, action, language, knowledge_ids, partner, staff, topic,"
        + " reason, request, reply, detail, occurred_at) VALUES (1001, NULL, 'escalate', 'de', '[\"k1\"]',"
        + " NULL, 'anna', 'refund', 'refund', 'Geld zurück', 'Anna hilft.', '{\"gone\":1}', " + T0.toEpochMilli() + ")");

    assertThat(db.decisions().between(T0, T0.plusMillis(1)))
        .containsExactly(new LoggedDecision(ANNA, Optional.empty(),
            new Decision(Action.ESCALATE, "Anna hilft.", "de", List.of("k1"), Optional.empty(), Optional.of("anna"),
                Optional.of("refund"), "refund").withRequest("Geld zurück"),
            T0));
  }

  // ---- clients ----

  @Test
  void aClientIsAddedOnceAndRefreshedAfterwards() {
    ClientDirectory clients = db.clients();
    assertThat(clients.find(ANNA)).isEmpty();

    clients.seen(ANNA, new ClientInfo(Optional.of(1001L), Optional.of("anna_k"), Optional.of("Anna"), Optional.of("uk")), T0);
    clients.seen(ANNA, new ClientInfo(Optional.of(1001L), Optional.empty(), Optional.of("Hanna"), Optional.of("pl")),
        T0.plusSeconds(90));
    clients.seen(ANNA, ClientInfo.ANONYMOUS, T0.plusSeconds(30)); // late and says nothing new

    assertThat(clients.find(ANNA)).contains(
        new Client(ANNA, Optional.of(1001L), Optional.of("Hanna"), Optional.of("anna_k"), Optional.of("pl"),
            T0, T0.plusSeconds(90), Optional.empty(), false));
  }

  @Test
  void aClientsChosenLanguageIsKeptBesideTheLanguageTelegramReports() {
    ClientDirectory clients = db.clients();
    clients.chooseLanguage(IVAN, "ru"); // never seen: nothing happens
    clients.seen(ANNA, new ClientInfo(Optional.of(1001L), Optional.empty(), Optional.of("Anna"), Optional.of("en")), T0);

    clients.chooseLanguage(ANNA, "uk");
    clients.seen(ANNA, new ClientInfo(Optional.of(1001L), Optional.empty(), Optional.of("Anna"), Optional.of("de")),
        T0.plusSeconds(5));

    Client anna = clients.find(ANNA).orElseThrow();
    assertThat(anna.chosenLanguage()).as("chosen, and not overwritten by a later message").contains("uk");
    assertThat(anna.language()).contains("de");
    assertThat(clients.find(IVAN)).isEmpty();
  }

  @Test
  void aClientsBlockedFlagAndFirstContactSourceAreKept() {
    ClientDirectory clients = db.clients();
    assertThat(clients.recordContactSource(ANNA, "ad-nov")).as("unknown client").isFalse();
    clients.seen(ANNA, ClientInfo.ANONYMOUS, T0);

    assertThat(clients.recordContactSource(ANNA, "ad-nov")).isTrue();
    assertThat(clients.recordContactSource(ANNA, "flyer")).isFalse();
    clients.setBlocked(ANNA, true);
    clients.setBlocked(IVAN, true); // never seen: nothing happens

    Client anna = clients.find(ANNA).orElseThrow();
    assertThat(anna.contactSource()).contains("ad-nov");
    assertThat(anna.blocked()).isTrue();
    assertThat(clients.find(IVAN)).isEmpty();

    clients.setBlocked(ANNA, false);
    assertThat(clients.find(ANNA).orElseThrow().blocked()).isFalse();
  }

  // ---- outbox ----

  @Test
  void enqueueingTheSameKeyTwiceKeepsOneMessage() {
    assertThat(outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello", "update:1:0"))).isTrue();
    assertThat(outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello again", "update:1:0"))).isFalse();

    assertThat(outbox.depth()).isEqualTo(1);
    List<OutboxMessage> due = outbox.due(T0, 10);
    assertThat(due).hasSize(1);
    OutboxMessage m = due.get(0);
    assertThat(m.id()).isPositive();
    assertThat(m).isEqualTo(new OutboxMessage(m.id(), ANNA, "text", "Hello", "update:1:0", 1, m.createdAt(), java.util.Optional.empty()));
    assertThat(m.createdAt()).isEqualTo(clock.instant());

    outbox.markSent(m.id());
    assertThat(outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello", "update:1:0"))).as("after sending").isFalse();
    assertThat(outbox.depth()).isZero();
  }

  @Test
  void aClaimedMessageIsHandedOutAgainOnlyWhenItsLeaseEnds() {
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello", "update:1:0"));
    OutboxMessage first = outbox.due(T0, 10).get(0);

    assertThat(outbox.due(T0, 10)).isEmpty();
    assertThat(outbox.due(T0.plus(LEASE).minusMillis(1), 10)).isEmpty();
    List<OutboxMessage> again = outbox.due(T0.plus(LEASE), 10);

    assertThat(again).extracting(OutboxMessage::id).containsExactly(first.id());
    assertThat(again.get(0).attempts()).isEqualTo(2);
    assertThat(outbox.depth()).isEqualTo(1);
  }

  @Test
  void aMessageToRetryWaitsUntilItsTime() {
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "Hello", "update:1:0"));
    OutboxMessage m = outbox.due(clock.instant(), 10).get(0);

    clock.advance(Duration.ofSeconds(2));
    Instant retryAt = clock.instant().plusSeconds(30);
    outbox.retryLater(m.id(), retryAt, "429 Too Many Requests: retry after 30");

    assertThat(outbox.due(retryAt.minusMillis(1), 10)).isEmpty();
    assertThat(outbox.depth()).isEqualTo(1);
    assertThat(outbox.due(retryAt, 10)).extracting(OutboxMessage::attempts).containsExactly(2);
  }

  @Test
  void aFailedMessageIsNotSentAgainAndNoLongerHoldsUpItsChat() {
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "one", "update:1:0"));
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "two", "update:2:0"));
    OutboxMessage one = outbox.due(T0, 10).get(0);

    outbox.markFailed(one.id(), "403 Forbidden: bot was blocked by the user");

    assertThat(outbox.depth()).isEqualTo(1);
    assertThat(outbox.due(T0.plus(LEASE).plus(LEASE), 10)).extracting(OutboxMessage::payload).containsExactly("two");
  }

  @Test
  void eachChatGetsItsMessagesOneAtATimeInOrder() {
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "a1", "update:1:0"));
    outbox.enqueue(OutboxMessage.of(ANNA, "text", "a2", "update:1:1"));
    outbox.enqueue(OutboxMessage.of(IVAN, "text", "i1", "update:2:0"));

    List<OutboxMessage> first = outbox.due(T0, 10);
    assertThat(first).extracting(OutboxMessage::payload).containsExactly("a1", "i1");
    assertThat(outbox.due(T0, 10)).as("a2 waits for a1").isEmpty();

    outbox.markSent(first.get(0).id());
    assertThat(outbox.due(T0, 10)).extracting(OutboxMessage::payload).containsExactly("a2");
  }

  @Test
  void depthCountsWaitingAndClaimedMessagesOnly() {
    for (int i = 0; i < 4; i++) {
      outbox.enqueue(OutboxMessage.of(new ChatId(i), "text", "m" + i, "update:" + i + ":0"));
    }
    List<OutboxMessage> claimed = outbox.due(T0, 3);
    assertThat(claimed).hasSize(3);
    assertThat(outbox.depth()).isEqualTo(4);

    outbox.markSent(claimed.get(0).id());
    outbox.markFailed(claimed.get(1).id(), "gone");
    outbox.retryLater(claimed.get(2).id(), T0.plusSeconds(5), "timeout");

    assertThat(outbox.depth()).isEqualTo(2);
  }

  @Test
  void twoSendersNeverClaimTheSameMessage() throws Exception {
    int messages = 60;
    for (int i = 0; i < messages; i++) {
      outbox.enqueue(OutboxMessage.of(new ChatId(i), "text", "m" + i, "update:" + i + ":0"));
    }
    OutboxStore other = db.outbox(LEASE); // as another bot instance would
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Long>>> senders = new ArrayList<>();
      for (OutboxStore store : List.of(outbox, other)) {
        Callable<List<Long>> sender = () -> {
          start.await();
          List<Long> ids = new ArrayList<>();
          for (List<OutboxMessage> batch = store.due(T0, 4); !batch.isEmpty(); batch = store.due(T0, 4)) {
            batch.forEach(m -> ids.add(m.id()));
          }
          return ids;
        };
        senders.add(pool.submit(sender));
      }
      start.countDown();

      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : senders) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      Set<Long> distinct = new HashSet<>(all);
      assertThat(all).as("claimed in all").hasSize(messages);
      assertThat(distinct).as("claimed once each").hasSize(messages);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- transactions ----

  @Test
  void aTransactionCommitsAllOrNothing() {
    StateStore states = db.conversations(100, IDLE);
    Transcript transcript = db.transcript();
    DecisionLog decisions = db.decisions();
    journal.record(40, ANNA, "{}");
    journal.record(41, ANNA, "{}");
    Decision d = decision(Action.ANSWER, "19 L: 100 UAH");

    assertThatThrownBy(() -> db.inTransaction(() -> {
      journal.markProcessed(40);
      ConversationState next = states.get(ANNA).after(d);
      states.put(ANNA, next);
      transcript.append(TranscriptEntry.text(ANNA, Direction.OUT, d.reply(), T0, 40));
      decisions.append(new LoggedDecision(ANNA, Optional.of(40L), d, T0));
      outbox.enqueue(OutboxMessage.of(ANNA, "text", d.reply(), OutboxMessage.dedupKey(40, 0)));
      throw new IllegalStateException("killed mid-way");
    })).hasMessage("killed mid-way");

    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(40L, 41L);
    assertThat(states.get(ANNA)).isEqualTo(ConversationState.NEW);
    assertThat(transcript.last(ANNA, 10)).isEmpty();
    assertThat(decisions.between(T0, T0.plusSeconds(1))).isEmpty();
    assertThat(outbox.depth()).isZero();

    int result = db.inTransaction(() -> {
      journal.markProcessed(41);
      states.put(ANNA, ConversationState.NEW.after(d));
      db.inTransaction(() -> outbox.enqueue(OutboxMessage.of(ANNA, "text", d.reply(), OutboxMessage.dedupKey(41, 0))));
      return 41;
    });

    assertThat(result).isEqualTo(41);
    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(40L);
    assertThat(new JdbcConversationStore(db, IDLE).get(ANNA).turns()).isEqualTo(1);
    assertThat(outbox.depth()).isEqualTo(1);
  }

  // ---- orders and suggestions (issue 7) ----

  static final DeliverySlot SLOT = new DeliverySlot(LocalDate.of(2026, 11, 25), LocalTime.of(8, 0), LocalTime.of(12, 0));

  static Decision placing(String item, int quantity, String unit, String total, Optional<String> discount) {
    NewOrder o = new NewOrder(new Quote(item, quantity, new BigDecimal(unit), discount, new BigDecimal(total)), "Korzo 5, flat 3", SLOT, "marta", "pl");
    return decision(Action.ANSWER, "placed").withAftercare(Aftercare.placing(o));
  }

  @Test
  void anOrderIsRecordedWithItsFixedTotalAndReadBackAsTheClientsHistory() {
    OrderBook orders = db.orders();
    long first = orders.record(ANNA, placing("water-19l", 12, "90", "1080", Optional.of("bulk-10")), T0).orElseThrow();
    long second = orders.record(ANNA, placing("water-19l-mineral", 2, "120", "240", Optional.empty()), T0.plusSeconds(60)).orElseThrow();
    orders.record(IVAN, placing("cups-100", 1, "80", "80", Optional.empty()), T0);

    Relationship r = orders.of(ANNA, T0.plusSeconds(120));
    assertThat(r.orders()).extracting(PastOrder::id).containsExactly(second, first);
    PastOrder o = r.orders().get(1);
    assertThat(o.item()).isEqualTo("water-19l");
    assertThat(o.quantity()).isEqualTo(12);
    assertThat(o.total()).isEqualByComparingTo("1080");
    assertThat(o.address()).contains("Korzo 5, flat 3");
    assertThat(o.slot()).isEqualTo(SLOT);
    assertThat(o.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(o.placedAt()).isEqualTo(T0);
    assertThat(orders.find(first).orElseThrow().handler()).isEqualTo("marta");
    assertThat(orders.find(first).orElseThrow().chat()).contains(ANNA);
  }

  @Test
  void staffMarkAnOrderDoneOrCancelledAndTheClientSeesIt() {
    OrderBook orders = db.orders();
    long id = orders.record(ANNA, placing("water-19l", 2, "100", "200", Optional.empty()), T0).orElseThrow();

    StoredOrder done = orders.setStatus(id, OrderStatus.DONE, T0.plusSeconds(3600)).orElseThrow();
    assertThat(done.order().status()).isEqualTo(OrderStatus.DONE);
    assertThat(orders.of(ANNA, T0).completed()).isEqualTo(1);
    assertThat(orders.of(ANNA, T0).orders().get(0).updatedAt()).isEqualTo(T0.plusSeconds(3600));
    assertThat(orders.setStatus(id + 100, OrderStatus.CANCELLED, T0)).isEmpty();
  }

  @Test
  void aProblemIsNotedOnlyOnTheClientsOwnOrder() {
    OrderBook orders = db.orders();
    long annas = orders.record(ANNA, placing("water-19l", 2, "100", "200", Optional.empty()), T0).orElseThrow();

    orders.record(IVAN, decision(Action.ESCALATE, "Anna").withAftercare(Aftercare.problem(annas)), T0.plusSeconds(5));
    assertThat(orders.find(annas).orElseThrow().order().problemAt()).isEmpty();

    orders.record(ANNA, decision(Action.ESCALATE, "Anna").withAftercare(Aftercare.problem(annas)), T0.plusSeconds(9));
    assertThat(orders.find(annas).orElseThrow().order().problemAt()).contains(T0.plusSeconds(9));
  }

  @Test
  void suggestionAnswersAreRememberedAndCounted() {
    OrderBook orders = db.orders();
    orders.record(ANNA, decision(Action.ANSWER, "plan?").withAftercare(Aftercare.NONE.offering("monthly-plan")), T0);
    orders.record(ANNA, decision(Action.ANSWER, "ok").withAftercare(Aftercare.NONE.answering("monthly-plan", false)), T0.plusSeconds(30));
    orders.record(IVAN, decision(Action.ANSWER, "plan?").withAftercare(Aftercare.NONE.offering("monthly-plan")), T0);
    orders.record(IVAN, decision(Action.ANSWER, "yes").withAftercare(Aftercare.NONE.answering("monthly-plan", true)), T0.plusSeconds(30));

    assertThat(orders.of(ANNA, T0).answer("monthly-plan").flatMap(SuggestionAnswer::accepted)).contains(false);
    assertThat(orders.of(IVAN, T0).answer("monthly-plan").flatMap(SuggestionAnswer::accepted)).contains(true);
    assertThat(orders.suggestionCounts(T0, T0.plusSeconds(60)))
        .containsEntry("monthly-plan", java.util.Map.of("offered", 2, "accepted", 1, "declined", 1));
    assertThat(orders.suggestionCounts(T0.plusSeconds(31), T0.plusSeconds(60))).isEmpty();
  }

  // ---- forgetting a client (issue 7) ----

  /** Every row of every table of the store, as text: what the database holds. */
  List<String> everyRow() {
    String tablesQuery =
        url.startsWith("jdbc:sqlite")
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
    return db.run("read every table", c -> {
      List<String> rows = new ArrayList<>();
      for (String table : Sql.query(c, tablesQuery, rs -> rs.getString(1))) {
        rows.addAll(Sql.query(c, "SELECT * FROM " + table, rs -> {
          StringBuilder row = new StringBuilder(table).append(':');
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(' ').append(rs.getString(i));
          }
          return row.toString();
        }));
      }
      return rows;
    });
  }

  @Test
  void forgettingAClientLeavesNoneOfTheirDataInAnyTableAndKeepsTheOrderAnonymised() {
    ChatId zoltan = new ChatId(770_077_002L);
    ChatId other = IVAN;
    for (ChatId chat : List.of(zoltan, other)) {
      String name = chat.equals(zoltan) ? "Zoltanka" : "Ivanko";
      db.clients().seen(chat, new ClientInfo(Optional.of(chat.value()), Optional.of(name.toLowerCase()), Optional.of(name), Optional.of("hu")), T0);
      journal.record(chat.value() + 1, chat, "{\"message\":{\"from\":{\"first_name\":\"" + name + "\"}}}");
      db.transcript().append(TranscriptEntry.text(chat, Direction.IN, name + " lives at Kapushanska 7", T0, chat.value() + 1));
      db.decisions().append(new LoggedDecision(chat, Optional.empty(), decision(Action.ANSWER, "Hello " + name), T0));
      new JdbcConversationStore(db, IDLE).put(chat, ConversationState.NEW);
      db.subscriptions().subscribe(chat, T0);
      outbox.enqueue(OutboxMessage.of(chat, "text", "{\"text\":\"Hello " + name + "\"}", "k" + chat.value()));
      db.orders().record(chat, placing("water-19l", 2, "100", "200", Optional.empty()), T0);
      db.orders().record(chat, decision(Action.ANSWER, "plan?").withAftercare(Aftercare.NONE.offering("monthly-plan")), T0);
      sql("INSERT INTO llm_memory (chat_id, messages, updated_at) VALUES (" + chat.value() + ", '[\"" + name + "\"]', 0)");
      sql("INSERT INTO handoffs (chat_id, staff, topic, reason, language, stage, opened_at) VALUES ("
          + chat.value() + ", 'anna', 'complaint', 'complains', 'hu', 'waiting', 0)");
      sql("INSERT INTO staff_topics (chat_id, staff_chat_id, thread_id, name, updated_at) VALUES ("
          + chat.value() + ", -100, 5, '" + name + "', 0)");
    }
    // A card to staff that names the client, and a person's reply in the client's topic.
    outbox.enqueue(OutboxMessage.of(new ChatId(100000004L), "staff", "{\"text\":\"order from tg://user?id=770077002\"}", "card")
        .about(zoltan));
    journal.record(9_001, new ChatId(-100), "{\"message\":{\"text\":\"Zoltanka, sorry!\"}}");
    journal.about(9_001, zoltan);
    // Issue 15: another client's pending reply that merely contains the digits of the id stays.
    outbox.enqueue(OutboxMessage.of(other, "text", "{\"text\":\"your code is 770077002\"}", "digits"));
    int ordersBefore = (int) count("SELECT COUNT(*) FROM orders");

    db.inTransaction(() -> db.eraser().forget(zoltan));

    List<String> rows = everyRow();
    assertThat(rows).filteredOn(r -> !r.contains("your code is"))
        .noneMatch(r -> r.contains("770077002") || r.contains("Zoltanka") || r.contains("zoltanka"));
    assertThat(rows).anyMatch(r -> r.startsWith("outbox:") && r.contains("your code is 770077002"));
    assertThat(rows).anyMatch(r -> r.startsWith("clients:") && r.contains("Ivanko"));
    assertThat(rows).anyMatch(r -> r.startsWith("llm_memory:") && r.contains("Ivanko"));
    assertThat(db.subscriptions().isSubscribed(zoltan)).isFalse();
    assertThat(db.subscriptions().isSubscribed(other)).isTrue();
    assertThat(count("SELECT COUNT(*) FROM orders")).isEqualTo(ordersBefore);
    assertThat(count("SELECT COUNT(*) FROM orders WHERE chat_id IS NULL AND address IS NULL")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM suggestion_events WHERE chat_id IS NULL")).isEqualTo(1);
    // The journal still knows the update was processed, so a redelivery is not answered again.
    assertThat(count("SELECT COUNT(*) FROM updates WHERE update_id = 770077003")).isEqualTo(1);
  }

  // ---- news (V7) ----

  @Test
  void onlyClientsWhoOptedInAndHaveNotBlockedTheBotAreSubscribersInTheirLanguage() {
    ChatId blocked = new ChatId(1003);
    ChatId never = new ChatId(1004);
    for (ChatId chat : List.of(ANNA, IVAN, blocked, never)) {
      db.clients().seen(chat, new ClientInfo(Optional.of(chat.value()), Optional.empty(), Optional.of("C"), Optional.of("uk")), T0);
    }
    db.clients().chooseLanguage(IVAN, "ru");
    assertThat(db.subscriptions().subscribe(ANNA, T0)).isTrue();
    assertThat(db.subscriptions().subscribe(ANNA, T0)).isFalse();
    assertThat(db.subscriptions().subscribe(IVAN, T0)).isTrue();
    assertThat(db.subscriptions().subscribe(blocked, T0)).isTrue();
    db.clients().setBlocked(blocked, true);
    assertThat(db.subscriptions().isSubscribed(never)).isFalse();
    assertThat(db.subscriptions().subscribers()).containsExactly(
        new io.frontline.news.Subscriber(ANNA, Optional.of("uk")), new io.frontline.news.Subscriber(IVAN, Optional.of("ru")));

    assertThat(db.subscriptions().unsubscribe(ANNA)).isTrue();
    assertThat(db.subscriptions().unsubscribe(ANNA)).isFalse();
    assertThat(db.subscriptions().subscribers()).extracting(io.frontline.news.Subscriber::chat).containsExactly(IVAN);
  }

  @Test
  void aNewsDraftIsSentOrDroppedOnceAndANewDraftReplacesTheOld() {
    var news = db.subscriptions();
    var first = news.draft("anna", "Hello", Map.of("ru", "Привет"), T0);
    var second = news.draft("anna", "Hello again", Map.of(), T0.plusSeconds(1));
    assertThat(news.find(first.id()).orElseThrow().status()).isEqualTo(io.frontline.news.NewsPost.Status.CANCELLED);
    assertThat(news.currentDraft()).contains(second);
    assertThat(news.decide(first.id(), io.frontline.news.NewsPost.Status.SENT, 5, T0)).isFalse();

    // Two sends of one draft (two staff, two instances): only one wins.
    assertThat(news.decide(second.id(), io.frontline.news.NewsPost.Status.SENT, 5, T0)).isTrue();
    assertThat(news.decide(second.id(), io.frontline.news.NewsPost.Status.SENT, 5, T0)).isFalse();
    assertThat(news.currentDraft()).isEmpty();
    assertThat(news.find(second.id()).orElseThrow().recipients()).contains(5);

    db.close();
    db = Database.open(url, clock);
    assertThat(db.subscriptions().find(first.id()).orElseThrow().translations()).isEqualTo(Map.of("ru", "Привет"));
  }

  // ---- helpers ----

  static Decision decision(Action action, String reply) {
    return new Decision(action, reply, "en", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "test");
  }

  static Decision decision(Action action, String language, Optional<String> topic, String request) {
    return new Decision(action, "…", language, List.of(), Optional.empty(), Optional.empty(), topic, "test")
        .withRequest(request);
  }

  long count(String query) {
    return db.run(query, c -> Sql.queryOne(c, query, rs -> rs.getLong(1)).orElseThrow());
  }

  void sql(String statement) {
    db.run(statement, c -> Sql.update(c, statement));
  }

  // ---- the model's memory (LLM mode, V4) ----

  @Test
  void modelMemoryIsKeptPerChatReadBackSanitizedAndSurvivesAReopen() throws Exception {
    dev.langchain4j.store.memory.chat.ChatMemoryStore memory = new io.frontline.llm.PersistentChatMemoryStore(db.chatMemory());
    dev.langchain4j.agent.tool.ToolExecutionRequest call =
        dev.langchain4j.agent.tool.ToolExecutionRequest.builder().id("c1").name("searchKnowledge").arguments("{}").build();
    memory.updateMessages(
        ANNA.value(),
        List.of(
            dev.langchain4j.data.message.UserMessage.from("how much is a bottle? {{facts}}"),
            dev.langchain4j.data.message.AiMessage.from(List.of(call)), // its result never came: a crash mid-turn
            dev.langchain4j.data.message.AiMessage.from("100 UAH.")));
    memory.updateMessages(IVAN.value(), List.of(dev.langchain4j.data.message.UserMessage.from("привет")));

    db.close();
    db = Database.open(url, clock);
    memory = new io.frontline.llm.PersistentChatMemoryStore(db.chatMemory());

    assertThat(memory.getMessages(ANNA.value()))
        .containsExactly(
            dev.langchain4j.data.message.UserMessage.from("how much is a bottle? {{facts}}"),
            dev.langchain4j.data.message.AiMessage.from("100 UAH."));
    assertThat(memory.getMessages(IVAN.value())).containsExactly(dev.langchain4j.data.message.UserMessage.from("привет"));
    memory.updateMessages(IVAN.value(), List.of(dev.langchain4j.data.message.UserMessage.from("добрый день")));
    assertThat(memory.getMessages(IVAN.value())).containsExactly(dev.langchain4j.data.message.UserMessage.from("добрый день"));
    memory.deleteMessages(ANNA.value());
    assertThat(memory.getMessages(ANNA.value())).isEmpty();
  }
}
