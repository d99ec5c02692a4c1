package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Issue 15, finding 7: a flood of refused webhook calls wrote a WARN line each and filled the disk. */
class ThrottledLogTest {

  @Test
  void aFloodIsOneLineAMinuteWithHowManyWereNotLogged() {
    Logger logger = (Logger) LoggerFactory.getLogger("throttled-log-test");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try {
      AtomicLong now = new AtomicLong();
      ThrottledLog log = new ThrottledLog(logger, Duration.ofMinutes(1), now::get);
      for (int i = 0; i < 10_000; i++) {
        log.warn("refused a call from {}", "10.0.0.1");
        now.addAndGet(Duration.ofMillis(1).toNanos()); // 10,000 calls in 10 seconds
      }
      assertThat(lines.list).hasSize(1);
      now.addAndGet(Duration.ofMinutes(1).toNanos());
      log.warn("refused a call from {}", "10.0.0.2");
      assertThat(lines.list).hasSize(2);
      assertThat(lines.list.get(1).getFormattedMessage())
          .isEqualTo("refused a call from 10.0.0.2 (9999 more like it not logged since the last)");
    } finally {
      logger.detachAppender(lines);
    }
  }
}
