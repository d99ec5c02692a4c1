package io.frontline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.store.Direction;
import io.frontline.store.LoggedDecision;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The median time from a hand-over to the person's first reply, per person. */
class HandoverTimesTest {

  private static final Instant T = Instant.parse("2026-11-17T09:00:00Z");

  private static LoggedDecision handover(long chat, String staff, Instant at) {
    Decision d =
        new Decision(Action.ESCALATE, "Anna will answer you here.", "en", List.of(), Optional.empty(), Optional.of(staff),
            Optional.empty(), "asked for a person");
    return new LoggedDecision(new ChatId(chat), Optional.empty(), d, at);
  }

  private static TranscriptEntry entry(long chat, Direction who, Instant at) {
    return new TranscriptEntry(new ChatId(chat), who, "…", Optional.empty(), at, Optional.empty());
  }

  @Test
  void theFirstStaffMessageAfterTheHandoverCountsAndTheMedianIsPerPerson() {
    List<TranscriptEntry> all = new ArrayList<>();
    // chat 1: anna replies after 2 min (an earlier staff message, before the hand-over, does not count)
    all.add(entry(1, Direction.STAFF, T.minusSeconds(600)));
    all.add(entry(1, Direction.IN, T.plusSeconds(30)));
    all.add(entry(1, Direction.STAFF, T.plusSeconds(120)));
    all.add(entry(1, Direction.STAFF, T.plusSeconds(900)));
    // chat 2: anna after 10 min; chat 3: anna after 4 min; chat 4: bohdan never replied
    all.add(entry(2, Direction.STAFF, T.plusSeconds(600)));
    all.add(entry(3, Direction.STAFF, T.plusSeconds(240)));
    Transcript transcript =
        new Transcript() {
          @Override
          public void append(TranscriptEntry e) {
            all.add(e);
          }

          @Override
          public List<TranscriptEntry> last(ChatId chat, int n) {
            return all.stream().filter(e -> e.chat().equals(chat)).toList();
          }
        };
    List<LoggedDecision> log =
        List.of(handover(1, "anna", T), handover(2, "anna", T), handover(3, "anna", T), handover(4, "bohdan", T));

    Map<String, List<Duration>> waits = HandoverTimes.of(log, transcript);
    assertThat(waits).containsOnlyKeys("anna");
    assertThat(HandoverTimes.medians(waits)).containsEntry("anna", Duration.ofMinutes(4));
    assertThat(HandoverTimes.medians(Map.of("x", List.of(Duration.ofMinutes(1), Duration.ofMinutes(3)))))
        .containsEntry("x", Duration.ofMinutes(2));
    assertThat(ReportText.human(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
  }
}
