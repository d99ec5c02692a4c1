package io.frontline.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets a log appender write only when {@code LOG_FORMAT} names its format ({@code text}, the
 * default, or {@code json}). Both appenders stay referenced in logback.xml: an unreferenced one
 * makes Logback print its whole start-up status to standard output, which is the conversation in
 * {@code frontline chat}. Any other value of LOG_FORMAT reads as text, so logs never vanish.
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {

  private String format = "text";
  private boolean chosen;

  /** The format of the appender this filter guards: {@code text} or {@code json}. */
  public void setFormat(String format) {
    this.format = format.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void start() {
    String wanted = System.getenv().getOrDefault("LOG_FORMAT", "text").strip().toLowerCase(Locale.ROOT);
    if (!wanted.equals("json")) {
      wanted = "text";
    }
    chosen = wanted.equals(format);
    super.start();
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return chosen ? FilterReply.NEUTRAL : FilterReply.DENY;
  }
}
