package io.frontline.stats;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Action;
import io.frontline.store.Direction;
import io.frontline.store.LoggedDecision;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long clients waited for a person after the bot handed them over: from the hand-over decision
 * to the first message from staff in that chat (the transcript's {@code staff} entries, which the
 * staff relay writes). A hand-over nobody has answered yet is not counted.
 */
public final class HandoverTimes {

  /** How far back in a chat's transcript to look for the first staff reply. */
  private static final int LOOK_BACK = 500;

  private HandoverTimes() {}

  /** The waits per person for the hand-overs in {@code log}, read from {@code transcript}. */
  public static Map<String, List<Duration>> of(List<LoggedDecision> log, Transcript transcript) {
    Map<String, List<Duration>> out = new TreeMap<>();
    Map<ChatId, List<TranscriptEntry>> chats = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
    for (LoggedDecision d : log) {
      if (d.decision().action() != Action.ESCALATE || d.decision().staff().isEmpty()) {
        continue;
      }
      List<TranscriptEntry> entries = chats.computeIfAbsent(d.chat(), c -> transcript.last(c, LOOK_BACK));
      entries.stream()
          .filter(e -> e.direction() == Direction.STAFF && !e.at().isBefore(d.at()))
          .findFirst()
          .ifPresent(e -> out.computeIfAbsent(d.decision().staff().get(), s -> new ArrayList<>()).add(Duration.between(d.at(), e.at())));
    }
    return out;
  }

  /** The median of each person's waits (the mean of the middle two for an even count). */
  public static Map<String, Duration> medians(Map<String, List<Duration>> waits) {
    Map<String, Duration> out = new TreeMap<>();
    waits.forEach(
        (staff, list) -> {
          if (list.isEmpty()) {
            return;
          }
          List<Duration> sorted = list.stream().sorted().toList();
          int n = sorted.size();
          out.put(staff, n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
        });
    return out;
  }
}
