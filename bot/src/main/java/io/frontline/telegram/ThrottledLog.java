package io.frontline.telegram;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * A warning that can come in a flood (refused webhook calls, rejected updates): logged once, then
 * at most once per interval, with how many like it were not logged since. A flood fills a counter,
 * not the disk.
 */
final class ThrottledLog {

  private final Logger log;
  private final long intervalNanos;
  private final java.util.function.LongSupplier nanos;
  private long quietUntil;
  private boolean logged;
  private long suppressed;

  ThrottledLog(Logger log, Duration interval) {
    this(log, interval, System::nanoTime);
  }

  ThrottledLog(Logger log, Duration interval, java.util.function.LongSupplier nanos) {
    this.log = log;
    this.intervalNanos = interval.toNanos();
    this.nanos = nanos;
  }

  /** Logs {@code message} (SLF4J format) at WARN unless one was logged within the interval. */
  void warn(String message, Object... args) {
    long skipped;
    synchronized (this) {
      long now = nanos.getAsLong();
      if (logged && now - quietUntil < 0) {
        suppressed++;
        return;
      }
      logged = true;
      quietUntil = now + intervalNanos;
      skipped = suppressed;
      suppressed = 0;
    }
    if (skipped > 0) {
      log.warn(message + " ({} more like it not logged since the last)", append(args, skipped));
    } else {
      log.warn(message, args);
    }
  }

  private static Object[] append(Object[] args, long n) {
    Object[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = n;
    return out;
  }
}
