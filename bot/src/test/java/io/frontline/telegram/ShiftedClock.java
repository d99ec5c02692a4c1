package io.frontline.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time, shifted: it starts at a chosen instant (a Tuesday morning, when staff are on duty)
 * and runs on with the system clock, so rate limits and leases behave; {@link #advance} jumps
 * ahead (an SLA passing) without sleeping.
 */
public final class ShiftedClock extends Clock {

  private volatile Duration offset;

  public ShiftedClock(Instant start) {
    this.offset = Duration.between(Instant.now(), start);
  }

  public void advance(Duration d) {
    offset = offset.plus(d);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new io.frontline.testing.ClockInZone(this, zone);
  }
}
