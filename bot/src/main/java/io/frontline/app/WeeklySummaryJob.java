package io.frontline.app;

import io.frontline.conversation.ChatId;
import io.frontline.knowledge.Knowledge;
import io.frontline.stats.HandoverTimes;
import io.frontline.stats.Report;
import io.frontline.stats.ReportChart;
import io.frontline.stats.ReportText;
import io.frontline.stats.Statistics;
import io.frontline.store.Database;
import io.frontline.store.JobLog;
import io.frontline.store.LoggedDecision;
import io.frontline.telegram.Posts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts last week's figures to the staff group every Monday at 09:00 in the company's time zone:
 * a chart of how conversations ended, then the text of {@code frontline stats} for that week
 * (Monday 00:00 to Monday 00:00). The week posted last is kept in the store ({@link JobLog}), so a
 * restart neither posts a week again nor skips one it missed while down (it posts at the next
 * check); the outbox's dedup keys ({@code weekly:<week>:chart|text}) keep two instances from
 * posting it twice. A week without a single message is not posted.
 */
public final class WeeklySummaryJob {

  private static final Logger LOG = LoggerFactory.getLogger(WeeklySummaryJob.class);

  public static final String JOB = "weekly-summary";
  public static final DayOfWeek DAY = DayOfWeek.MONDAY;
  public static final LocalTime TIME = LocalTime.of(9, 0);

  private final Database db;
  private final JobLog jobs;
  private final Supplier<Knowledge> knowledge;
  private final Posts posts;
  private final ChatId staffChat;
  private final Clock clock;

  public WeeklySummaryJob(Database db, Supplier<Knowledge> knowledge, Posts posts, ChatId staffChat, Clock clock) {
    this.db = db;
    this.jobs = db.jobs();
    this.knowledge = knowledge;
    this.posts = posts;
    this.staffChat = staffChat;
    this.clock = clock;
  }

  /** The ISO week ({@code 2026-W47}) that starts at {@code monday}. */
  static String week(ZonedDateTime monday) {
    return String.format(
        Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Posts the last finished week if it is due and was not posted; safe to call at any time, as
   * often as wanted.
   *
   * @return the week posted; empty when nothing was due (or the week was empty)
   */
  public synchronized Optional<String> runOnce() {
    Knowledge k = knowledge.get();
    ZoneId zone = k.company().timeZone();
    ZonedDateTime now = clock.instant().atZone(zone);
    ZonedDateTime postAt = now.with(TemporalAdjusters.previousOrSame(DAY)).with(TIME);
    if (postAt.isAfter(now)) {
      postAt = postAt.minusWeeks(1);
    }
    ZonedDateTime to = postAt.toLocalDate().atStartOfDay(zone);
    ZonedDateTime from = to.minusWeeks(1);
    String week = week(from);
    Optional<String> last = jobs.lastPeriod(JOB);
    if (last.isPresent() && last.get().compareTo(week) >= 0) {
      return Optional.empty();
    }
    List<LoggedDecision> log = db.decisions().between(from.toInstant(), to.toInstant());
    if (log.isEmpty()) {
      jobs.done(JOB, week);
      LOG.info("weekly summary {}: no messages that week, nothing posted", week);
      return Optional.empty();
    }
    Report report =
        Statistics.of(log, k, from.toInstant(), to.toInstant(), HandoverTimes.of(log, db.transcript()));
    try {
      posts.photo(staffChat, ReportChart.png(report), "Week " + week + ". " + ReportChart.caption(report), "weekly:" + week + ":chart");
    } catch (RuntimeException | Error e) {
      // A server without fonts cannot draw: the figures matter more than the picture.
      LOG.warn("weekly summary {}: no chart ({}); posting the text alone", week, e.toString());
    }
    posts.text(staffChat, "Weekly summary, week " + week + "\n" + ReportText.of(report), "weekly:" + week + ":text");
    jobs.done(JOB, week);
    LOG.info("weekly summary {} posted to the staff group", week);
    return Optional.of(week);
  }
}
