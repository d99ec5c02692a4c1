package io.frontline.handoff;

import io.frontline.knowledge.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * How long a person has to answer before the bot reminds them, and as long again before it
 * brings in their backup. Only the person's working hours count: a hand-over made at night is
 * due {@code answerWithin} after they start in the morning.
 */
public record Sla(Duration answerWithin) {

  public static final Sla DEFAULT = new Sla(Duration.ofMinutes(15));

  public Sla {
    if (answerWithin.isNegative() || answerWithin.isZero()) {
      throw new IllegalArgumentException("answerWithin must be positive, was " + answerWithin);
    }
  }

  /** When {@code staff}, given the chat at {@code at}, is late: {@code answerWithin} of their hours. */
  public Instant due(StaffMember staff, Instant at, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    Instant start = staff.hours().nextOpening(local).map(t -> t.atZone(zone).toInstant()).orElse(at);
    return (start.isAfter(at) ? start : at).plus(answerWithin);
  }
}
