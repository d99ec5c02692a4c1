package io.frontline.stats;

import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.decision.WarmLead;
import io.frontline.knowledge.Knowledge;
import io.frontline.store.LoggedDecision;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts a period's logged decisions into a {@link Report}. Pure: the caller reads the log. */
public final class Statistics {

  private static final int TOP_UNANSWERED = 10;

  private Statistics() {}

  public static Report of(List<LoggedDecision> log, Knowledge knowledge, Instant from, Instant to) {
    return of(log, knowledge, from, to, Map.of());
  }

  /**
   * @param firstReplies per person, how long each handed-over client waited for their first reply
   *     ({@link HandoverTimes#of})
   */
  public static Report of(
      List<LoggedDecision> log, Knowledge knowledge, Instant from, Instant to, Map<String, List<java.time.Duration>> firstReplies) {
    Set<Long> chats = new HashSet<>();
    Map<String, Integer> byAction = new TreeMap<>();
    Map<String, Integer> referrals = new TreeMap<>();
    Map<String, Integer> leads = new TreeMap<>();
    Map<String, Integer> situations = new TreeMap<>();
    Map<String, Integer> handovers = new TreeMap<>();
    Map<String, Integer> sources = new TreeMap<>();
    Map<String, Integer> unanswered = new TreeMap<>();
    int resolved = 0;
    for (LoggedDecision logged : log) {
      Decision d = logged.decision();
      chats.add(logged.chat().value());
      byAction.merge(d.action().key(), 1, Integer::sum);
      if (d.action() == Action.ANSWER) {
        resolved++;
      }
      if (d.action() == Action.REFER) {
        d.partner().ifPresent(p -> referrals.merge(p, 1, Integer::sum));
      }
      d.warmLead().filter(WarmLead::agreed).ifPresent(l -> leads.merge(l.partner(), 1, Integer::sum));
      Situation.of(d, knowledge).ifPresent(s -> situations.merge(s.key(), 1, Integer::sum));
      if (d.action() == Action.ESCALATE) {
        d.staff().ifPresent(s -> handovers.merge(s, 1, Integer::sum));
      }
      d.contactSource().ifPresent(s -> sources.merge(s, 1, Integer::sum));
      if ((d.action() == Action.DECLINE || d.action() == Action.CLARIFY) && !d.request().isBlank()) {
        unanswered.merge(d.request(), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> top =
        unanswered.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP_UNANSWERED)
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    return new Report(
        from, to, chats.size(), log.size(), byAction, resolved, referrals, leads, situations, handovers,
        HandoverTimes.medians(firstReplies), sources, top);
  }
}
