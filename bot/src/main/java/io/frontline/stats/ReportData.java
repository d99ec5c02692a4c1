package io.frontline.stats;

import io.frontline.store.FailedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The period's figures as data, for {@code frontline stats --json} and {@code --csv}: the same
 * numbers as the text report, with stable snake_case names a dashboard or a spreadsheet can rely on.
 */
public final class ReportData {

  private ReportData() {}

  /** Section -> value: a number, or a map from a name to a number. Insertion order is the report's. */
  public static Map<String, Object> of(
      Report r,
      Map<String, Integer> orders,
      Map<String, Map<String, Integer>> suggestions,
      List<FailedMessage> failed,
      long rejectedUpdates) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", r.from().toString());
    out.put("to", r.to().toString());
    out.put("conversations", r.conversations());
    out.put("messages", r.messages());
    out.put("resolved_by_bot", r.resolvedByBot());
    out.put("by_action", r.byAction());
    out.put("referrals_by_partner", r.referralsByPartner());
    out.put("warm_leads_accepted", r.warmLeadsAccepted());
    out.put("refusals_by_situation", r.refusalsBySituation());
    out.put("handovers_by_staff", r.handoversByStaff());
    Map<String, Long> firstReply = new LinkedHashMap<>();
    r.medianFirstReply().forEach((staff, d) -> firstReply.put(staff, d.toSeconds()));
    out.put("median_first_reply_seconds", firstReply);
    out.put("contact_sources", r.contactSources());
    Map<String, Integer> unanswered = new LinkedHashMap<>();
    r.unanswered().forEach(e -> unanswered.put(e.getKey(), e.getValue()));
    out.put("top_unanswered", unanswered);
    out.put("orders", orders);
    Map<String, Object> offered = new LinkedHashMap<>(suggestions);
    out.put("suggestions", offered);
    long blocked = failed.stream().filter(DeliveryText::clientGone).count();
    out.put("not_delivered", Map.of("to_clients_who_blocked_the_bot", blocked, "other", failed.size() - blocked));
    out.put("updates_rejected", rejectedUpdates);
    return out;
  }

  /** One line per figure, "section,name,value", with a header; nested maps flattened by name. */
  public static String csv(Map<String, Object> data) {
    List<String> lines = new ArrayList<>();
    lines.add("section,name,value");
    data.forEach((section, value) -> rows(section, "", value, lines));
    return String.join("\n", lines) + "\n";
  }

  private static void rows(String section, String name, Object value, List<String> lines) {
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> rows(section, name.isEmpty() ? String.valueOf(k) : name + "/" + k, v, lines));
    } else {
      lines.add(cell(section) + "," + cell(name) + "," + cell(String.valueOf(value)));
    }
  }

  /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
