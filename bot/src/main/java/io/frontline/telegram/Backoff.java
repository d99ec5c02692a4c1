package io.frontline.telegram;

import java.time.Duration;

/** Exponential backoff: {@code base}, twice that, four times... never more than {@code max}. */
record Backoff(Duration base, Duration max) {

  Backoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < base <= max, was " + base + ", " + max);
    }
  }

  /** The pause before attempt {@code failures + 1}, after {@code failures} failures (from 1). */
  Duration delay(int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 30));
    long nanos = base.toNanos();
    for (int i = 0; i < doublings && nanos < max.toNanos(); i++) {
      nanos *= 2;
    }
    return Duration.ofNanos(Math.min(nanos, max.toNanos()));
  }
}
