package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FloodGateTest {

  static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void twentyInTenSecondsAreAnsweredTheNextGetsOneNoteTheRestNothing() {
    FloodGate gate = new FloodGate(new FloodGate.Limit(20, Duration.ofSeconds(10)));
    ChatId chat = new ChatId(1);
    for (int i = 0; i < 20; i++) {
      assertThat(gate.check(chat, T0.plusMillis(i * 100))).isEqualTo(FloodGate.Verdict.ANSWER);
    }
    assertThat(gate.check(chat, T0.plusSeconds(2))).isEqualTo(FloodGate.Verdict.NOTE);
    for (int i = 0; i < 50; i++) {
      assertThat(gate.check(chat, T0.plusSeconds(3))).isEqualTo(FloodGate.Verdict.QUIET);
    }
    // Someone else is not affected.
    assertThat(gate.check(new ChatId(2), T0.plusSeconds(3))).isEqualTo(FloodGate.Verdict.ANSWER);
    // After a quiet window the client is answered again.
    assertThat(gate.check(chat, T0.plusSeconds(14))).isEqualTo(FloodGate.Verdict.ANSWER);
  }

  @Test
  void aSteadyPaceUnderTheLimitIsNeverAFlood() {
    FloodGate gate = new FloodGate(new FloodGate.Limit(20, Duration.ofSeconds(10)));
    for (int i = 0; i < 500; i++) {
      assertThat(gate.check(new ChatId(1), T0.plusMillis(i * 501L))).isEqualTo(FloodGate.Verdict.ANSWER);
    }
  }

  @Test
  void aClientWhoKeepsFloodingIsNotedOncePerWindow() {
    FloodGate gate = new FloodGate(new FloodGate.Limit(2, Duration.ofSeconds(10)));
    ChatId chat = new ChatId(1);
    int notes = 0;
    for (int i = 0; i < 300; i++) { // 30 seconds, 10 a second
      if (gate.check(chat, T0.plusMillis(i * 100L)) == FloodGate.Verdict.NOTE) {
        notes++;
      }
    }
    assertThat(notes).isBetween(3, 4);
  }
}
