package io.frontline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped scenario for the sample company passes, one JUnit test per scenario. */
class SampleScenariosTest {

  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  private static Frontline frontline;

  @BeforeAll
  static void load() {
    frontline = Frontline.load(Path.of("../knowledge"), Optional.of(Path.of("../prompts")));
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() throws IOException {
    ScenarioRunner runner = new ScenarioRunner(frontline);
    return files().stream()
        .flatMap(
            file ->
                ScenarioParser.parse(file).scenarios().stream()
                    .map(
                        sc ->
                            DynamicTest.dynamicTest(
                                file.getFileName() + ": " + sc.name(),
                                () -> {
                                  List<TurnResult> results = runner.run(sc);
                                  assertThat(results)
                                      .allSatisfy(
                                          r ->
                                              assertThat(r.failures())
                                                  .as("turn %d \"%s\" -> %s", r.turn(), r.say(), r.reply())
                                                  .isEmpty());
                                })));
  }

  /** The issue asks for at least 60 turns covering every action in ru, en, pl and hu. */
  @Test
  void scenariosCoverEveryActionInFourLanguages() throws IOException {
    ScenarioRunner runner = new ScenarioRunner(frontline);
    List<TurnResult> all =
        files().stream()
            .flatMap(f -> ScenarioParser.parse(f).scenarios().stream())
            .flatMap(sc -> runner.run(sc).stream())
            .toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    for (String lang : List.of("ru", "en", "pl", "hu")) {
      for (String action : List.of("answer", "clarify", "refer", "decline", "escalate")) {
        assertThat(all)
            .as("a %s turn in %s", action, lang)
            .anyMatch(r -> r.action().equals(action) && r.language().equals(lang));
      }
    }
  }
}
