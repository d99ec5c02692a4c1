package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * logback.xml loads without a warning. A warning (an appender left unreferenced, a property
 * Logback does not know) makes Logback print its whole start-up status on standard output, which
 * is the conversation in {@code frontline chat} and the report in {@code frontline test}.
 */
class LoggingConfigTest {

  @Test
  void theLoggingConfigurationLoadsWithoutAWarning() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LoggingConfigTest.class.getResource("/logback.xml"));
    List<Status> loud = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getLevel() >= Status.WARN).toList();
    assertThat(loud).as("warnings and errors while loading logback.xml").isEmpty();
    context.stop();
  }
}
