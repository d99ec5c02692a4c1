package io.frontline.scenario;

import io.frontline.app.Frontline;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.InMemoryAftercareBook;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.order.Quote;
import io.frontline.relationship.SuggestionAnswer;
import java.math.BigDecimal;
import java.util.Optional;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.Decision;
import io.frontline.language.LanguageDetector;
import io.frontline.llm.TurnReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Replays scenarios through the same pipeline clients talk to and checks every expectation. */
public final class ScenarioRunner {

  /**
   * When a scenario does not say: a Tuesday at 11:00 company time, when the sample company's staff
   * are at work. Fixed, so results never depend on the hour the suite runs.
   */
  static final LocalDateTime DEFAULT_AT =
      LocalDate.of(2026, 11, 24).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(LocalTime.of(11, 0));

  private static final java.util.Set<String> ALL_LANGUAGES = java.util.Set.of("en", "uk", "ru", "hu", "pl", "de");
  private static final java.util.Set<String> EAST_SLAVIC = java.util.Set.of("uk", "ru");

  /** Where a run's decisions go when they are kept, e.g. the store's decision log. */
  @FunctionalInterface
  public interface Recorder {
    void record(ChatId chat, Decision decision, java.time.Instant at);
  }

  private final Frontline frontline;
  private final Recorder recorder;
  /** The LLM engine's report of each chat's last turn, when a model writes the replies. */
  private final java.util.Map<Long, TurnReport> reports = new java.util.concurrent.ConcurrentHashMap<>();

  public ScenarioRunner(Frontline frontline) {
    this(frontline, (chat, decision, at) -> {});
  }

  public ScenarioRunner(Frontline frontline, Recorder recorder) {
    this.frontline = frontline;
    this.recorder = recorder;
    frontline.llm().ifPresent(engine -> engine.observe(r -> reports.put(r.chat(), r)));
  }

  public List<TurnResult> run(Scenario scenario) {
    return run(scenario, 1);
  }

  /** Runs {@code scenario} as run number {@code run} (of {@code --repeat}); the model's memory starts empty. */
  public List<TurnResult> run(Scenario scenario, int run) {
    List<Decision> sent = new ArrayList<>();
    InMemoryAftercareBook book = new InMemoryAftercareBook();
    Conversations conversations = frontline.conversations(reply -> sent.add(reply.decision()), book);
    // One chat per scenario, stable across runs, so recorded statistics count conversations.
    ChatId chat = new ChatId(Math.abs((long) scenario.name().hashCode()) + 1);
    LocalDateTime at = scenario.at().orElse(DEFAULT_AT);
    frontline.llm().ifPresent(engine -> engine.forget(chat.value()));
    seed(book, chat, scenario.history(), at);
    List<TurnResult> results = new ArrayList<>();
    for (int i = 0; i < scenario.turns().size(); i++) {
      Scenario.Turn turn = scenario.turns().get(i);
      ClientMessage message =
          new ClientMessage(
              turn.say(),
              scenario.client(),
              at.plusMinutes(i).atZone(frontline.knowledge().company().timeZone()).toInstant());
      reports.remove(chat.value());
      Decision d = conversations.handle(chat, message);
      book.record(chat, d, message.at());
      recorder.record(chat, d, message.at());
      java.util.Optional<TurnReport> report =
          frontline.llm().isPresent() ? java.util.Optional.ofNullable(reports.get(chat.value())) : java.util.Optional.empty();
      String replyLanguage = replyLanguage(d);
      List<String> failures = check(turn.expect(), d, replyLanguage);
      results.add(
          new TurnResult(
              scenario.name(),
              i + 1,
              turn.say(),
              d.action().key(),
              replyLanguage,
              d.knowledgeIds(),
              d.partner().orElse(null),
              d.staff().orElse(null),
              d.reply(),
              failures.isEmpty(),
              failures,
              run,
              report.map(TurnReport::answeredBy).orElse(frontline.llm().isPresent() ? "rules" : "deterministic"),
              report.map(TurnReport::calls).orElse(0),
              report.map(TurnReport::estimatedInputTokens).orElse(0L)));
    }
    return results;
  }

  private void seed(InMemoryAftercareBook book, ChatId chat, Scenario.History history, LocalDateTime at) {
    java.time.ZoneId zone = frontline.knowledge().company().timeZone();
    List<PastOrder> orders = new ArrayList<>();
    long id = 1;
    for (Scenario.PastOrder o : history.orders()) {
      LocalDateTime placed = at.minusDays(o.daysAgo());
      java.time.Instant when = placed.atZone(zone).toInstant();
      BigDecimal total =
          Quote.of(frontline.knowledge().catalog(), o.item(), o.quantity()).map(Quote::total).orElse(BigDecimal.ZERO);
      orders.add(
          new PastOrder(
              id++, o.item(), o.quantity(), total, o.address(),
              new DeliverySlot(placed.toLocalDate().plusDays(1), LocalTime.of(16, 0), LocalTime.of(20, 0)),
              OrderStatus.fromKey(o.status()).orElse(OrderStatus.DONE), when, when.plus(java.time.Duration.ofDays(1)),
              Optional.empty()));
    }
    java.time.Instant before = at.minusDays(60).atZone(zone).toInstant();
    List<SuggestionAnswer> answers =
        history.declined().stream().map(s -> new SuggestionAnswer(s, before, Optional.of(false))).toList();
    book.seed(chat, orders, answers);
  }

  /** The language of the reply text itself, not the one the bot meant to use. */
  private String replyLanguage(Decision d) {
    LanguageDetector detector = frontline.languageDetector();
    String detected = detector.detect(d.reply()).map(LanguageDetector.Detection::language).orElse(d.language());
    // Statistics on a one-line reply misread Ukrainian as Russian and the reverse; the letters only
    // one of them uses (і, ї, є against ы, э, ъ) settle it, as they do for the bot. Elsewhere a
    // stray letter proves nothing: "zł" in an English price line is not Polish.
    java.util.Optional<String> letters = io.frontline.language.DistinctiveLetters.guess(d.reply(), ALL_LANGUAGES);
    if (EAST_SLAVIC.contains(detected) && letters.filter(EAST_SLAVIC::contains).isPresent()) {
      return letters.get();
    }
    return detected;
  }

  private static List<String> check(Expect e, Decision d, String replyLanguage) {
    List<String> failures = new ArrayList<>();
    e.action()
        .filter(a -> a != d.action())
        .ifPresent(a -> failures.add("action: expected " + a.key() + ", got " + d.action().key() + " (" + d.reason() + ")"));
    for (String id : e.knowledge()) {
      if (!d.knowledgeIds().contains(id)) {
        failures.add("knowledge: expected " + id + ", got " + d.knowledgeIds());
      }
    }
    e.partner()
        .filter(p -> !d.partner().equals(java.util.Optional.of(p)))
        .ifPresent(p -> failures.add("partner: expected " + p + ", got " + d.partner().orElse("none")));
    e.staff()
        .filter(s -> !d.staff().equals(java.util.Optional.of(s)))
        .ifPresent(s -> failures.add("staff: expected " + s + ", got " + d.staff().orElse("none")));
    e.language()
        .filter(l -> !l.equals(replyLanguage))
        .ifPresent(l -> failures.add("language: expected " + l + ", reply is in " + replyLanguage));
    String reply = d.reply().toLowerCase(Locale.ROOT);
    for (String s : e.contains()) {
      if (!reply.contains(s.toLowerCase(Locale.ROOT))) {
        failures.add("contains: expected \"" + s + "\"");
      }
    }
    for (String s : e.notContains()) {
      if (reply.contains(s.toLowerCase(Locale.ROOT))) {
        failures.add("not_contains: found \"" + s + "\"");
      }
    }
    e.order().ifPresent(o -> {
      String did =
          d.aftercare().placed().isPresent() ? "placed" : d.aftercare().problemWith().isPresent() ? "problem" : "none";
      if (!o.equals(did)) {
        failures.add("order: expected " + o + ", got " + did + " (" + d.reason() + ")");
      }
    });
    e.topic()
        .filter(t -> !d.topic().equals(java.util.Optional.of(t)))
        .ifPresent(t -> failures.add("topic: expected " + t + ", got " + d.topic().orElse("none") + " (" + d.reason() + ")"));
    e.suggestion().ifPresent(s -> {
      String made = d.aftercare().offered().orElse("none");
      if (!s.equals(made)) {
        failures.add("suggestion: expected " + s + ", got " + made);
      }
    });
    return failures;
  }
}
