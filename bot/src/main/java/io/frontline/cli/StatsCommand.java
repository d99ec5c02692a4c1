package io.frontline.cli;

import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.stats.HandoverTimes;
import io.frontline.stats.AftercareText;
import io.frontline.stats.DeliveryText;
import io.frontline.stats.Report;
import io.frontline.stats.ReportText;
import io.frontline.stats.Statistics;
import io.frontline.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline stats}: what the bot did over a period, from the decision log in the store. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Conversations, referrals per partner, refusals by situation, hand-overs, contact sources, unanswered requests, orders taken in the chat and suggestions offered/accepted, messages not delivered and updates rejected, from the store ($DATABASE_URL or $DATA_DIR).")
final class StatsCommand implements Callable<Integer> {

  private static final Pattern PERIOD = Pattern.compile("(\\d+)([dhm])");

  private final Main main;

  @Mixin Sources sources = new Sources();

  @Option(names = "--since", defaultValue = "7d", paramLabel = "PERIOD", description = "How far back: 7d, 24h, 90m (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--json", description = "Print the figures as one JSON object (snake_case names).")
  boolean json;

  @Option(names = "--csv", description = "Print the figures as CSV: section,name,value.")
  boolean csv;

  StatsCommand(Main main) {
    this.main = main;
  }

  static Duration period(String text) {
    Matcher m = PERIOD.matcher(text.trim());
    if (!m.matches()) {
      throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not a period like 7d, 24h or 90m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofMinutes(n);
    };
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Override
  public Integer call() throws java.io.IOException {
    if (json && csv) {
      main.err.println("frontline stats: choose --json or --csv, not both");
      return Main.USAGE;
    }
    Duration back;
    try {
      back = period(since);
    } catch (picocli.CommandLine.TypeConversionException e) {
      main.err.println(e.getMessage());
      return Main.USAGE;
    }
    Knowledge knowledge = KnowledgeLoader.load(sources.knowledgeDir()).orThrow();
    Clock clock = Clock.systemUTC();
    Instant to = clock.instant();
    Instant from = to.minus(back);
    try (Database db = Database.fromEnvironment(main.env, clock)) {
      var log = db.decisions().between(from, to);
      if (log.isEmpty()) {
        // Say why the report is empty, and what would fill it.
        db.decisions().span().ifPresentOrElse(
            span -> main.err.printf(
                "frontline stats: no conversations in the last %s; the store has decisions from %s to %s:"
                    + " try --since %dd%n",
                since, io.frontline.stats.ReportText.minutes(span[0]), io.frontline.stats.ReportText.minutes(span[1]),
                Math.max(1, Duration.between(span[0], to).toDays() + 1)),
            () -> main.err.println("frontline stats: the store has no conversations yet (" + db + ")"));
      }
      Report report = Statistics.of(log, knowledge, from, to, HandoverTimes.of(log, db.transcript()));
      var orders = db.orders().orderCounts(from, to);
      var suggestions = db.orders().suggestionCounts(from, to);
      var failed = db.outbox(Duration.ofMinutes(1)).failedSince(from);
      long rejected = db.journal().rejectedSince(from);
      if (json || csv) {
        var data = io.frontline.stats.ReportData.of(report, orders, suggestions, failed, rejected);
        main.out.print(
            csv ? io.frontline.stats.ReportData.csv(data) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data) + "\n");
        return Main.OK;
      }
      main.out.print(ReportText.of(report));
      main.out.print(AftercareText.of(orders, suggestions));
      main.out.print(DeliveryText.of(failed, rejected));
    }
    return Main.OK;
  }
}
