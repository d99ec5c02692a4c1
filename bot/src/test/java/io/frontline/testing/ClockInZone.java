package io.frontline.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock's time seen in another zone: {@code withZone} for clocks the tests move by hand. */
public final class ClockInZone extends Clock {

  private final Clock base;
  private final ZoneId zone;

  public ClockInZone(Clock base, ZoneId zone) {
    this.base = base;
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return base.instant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ClockInZone(base, other);
  }
}
