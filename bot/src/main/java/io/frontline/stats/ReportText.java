package io.frontline.stats;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** A {@link Report} as plain text for the console and the staff group. */
public final class ReportText {

  private ReportText() {}

  public static String of(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Frontline statistics ").append(minutes(r.from())).append(" .. ").append(minutes(r.to())).append(" (UTC)\n");
    sb.append("conversations: ").append(r.conversations()).append(", messages: ").append(r.messages()).append('\n');
    sb.append("resolved by the bot: ").append(r.resolvedByBot()).append(percent(r.resolvedByBot(), r.messages())).append('\n');
    section(sb, "decisions by action", r.byAction());
    section(sb, "referrals by partner", r.referralsByPartner());
    section(sb, "requests passed to partners (client agreed)", r.warmLeadsAccepted());
    section(sb, "refusals by situation", r.refusalsBySituation());
    handovers(sb, r);
    section(sb, "contact sources", r.contactSources());
    sb.append("top unanswered requests (what the knowledge is missing):\n");
    if (r.unanswered().isEmpty()) {
      sb.append("  none\n");
    }
    for (Map.Entry<String, Integer> e : r.unanswered()) {
      sb.append("  ").append(e.getValue()).append("  ").append(e.getKey()).append('\n');
    }
    return sb.toString();
  }

  private static void handovers(StringBuilder sb, Report r) {
    sb.append("handed over, by person (median time to first reply):");
    if (r.handoversByStaff().isEmpty()) {
      sb.append(" none\n");
      return;
    }
    sb.append('\n');
    r.handoversByStaff().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e ->
                sb.append("  ").append(e.getKey()).append(": ").append(e.getValue())
                    .append(Optional.ofNullable(r.medianFirstReply().get(e.getKey())).map(d -> ", first reply in " + human(d)).orElse(", no reply recorded"))
                    .append('\n'));
  }

  /** 45 s, 12 min, 3 h 5 min: how people read a wait. */
  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + " s";
    }
    if (s < 3_600) {
      return (s / 60) + " min";
    }
    long m = (s % 3_600) / 60;
    return (s / 3_600) + " h" + (m == 0 ? "" : " " + m + " min");
  }

  private static void section(StringBuilder sb, String title, Map<String, Integer> counts) {
    sb.append(title).append(":");
    if (counts.isEmpty()) {
      sb.append(" none\n");
      return;
    }
    sb.append('\n');
    List<Map.Entry<String, Integer>> sorted =
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    for (Map.Entry<String, Integer> e : sorted) {
      sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
  }

  /** A time to the minute, as people read it: 2026-12-06 09:14, not 2026-12-06T09:14:03.512345678Z. */
  public static String minutes(java.time.Instant t) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(t);
  }
}
