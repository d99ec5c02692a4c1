package io.frontline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision core stays pure: no Telegram, LLM or JDBC types, no file or network I/O, no clock
 * of its own. Checked on the sources so a violation fails the build, not a code review.
 */
class PureCoreTest {

  private static final List<String> FORBIDDEN =
      List.of(
          "import org.telegram", "import dev.langchain4j", "import java.sql", "import javax.sql",
          "import java.io.File", "import java.nio.file", "import java.net", "Instant.now(", "Clock.system",
          "System.currentTimeMillis", "import io.frontline.conversation", "import io.frontline.cli",
          "import io.frontline.app");

  @ParameterizedTest
  @ValueSource(strings = {"decision", "retrieval", "language", "text", "guard", "order", "relationship"})
  void corePackagesImportNothingOutward(String pkg) throws IOException {
    Path dir = Path.of("src/main/java/io/frontline", pkg);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        for (String bad : FORBIDDEN) {
          assertThat(src).as("%s must not use %s", f, bad).doesNotContain(bad);
        }
      }
    }
  }

  /** Hand-overs are a concept of their own: Telegram and the database stay behind their ports. */
  @Test
  void theHandoffConceptKnowsNoTransportAndNoDatabase() throws IOException {
    List<String> forbidden =
        List.of(
            "import org.telegram", "import java.sql", "import javax.sql", "import io.frontline.store",
            "import io.frontline.telegram", "import java.net", "Instant.now(", "Clock.system");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/frontline/handoff"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        for (String bad : forbidden) {
          assertThat(src).as("%s must not use %s", f, bad).doesNotContain(bad);
        }
      }
    }
  }
}
