package io.frontline.generalization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.app.Frontline;
import io.frontline.scenario.IntentParser;
import io.frontline.scenario.PassShare;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioFile;
import io.frontline.scenario.ScenarioParser;
import io.frontline.scenario.ScenarioRunner;
import io.frontline.scenario.TurnResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How right the deterministic bot is for companies it was not written for: companies and intent
 * paraphrases written blind (see src/test/resources/companies/README.md), run through the real
 * pipeline. Each set's share of right turns is written to target/generalization.txt and may not
 * fall below its floor in generalization-floors.yaml: a ratchet, raised when the bot gets better.
 * Held-out companies are measured and guarded the same way but never tuned to.
 */
class GeneralizationBenchmarkTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path COMPANIES = RESOURCES.resolve("companies");
  private static final Path INTENTS = RESOURCES.resolve("intents");
  private static final Path PROMPTS = Path.of("../prompts");

  private static final Map<Path, Frontline> loaded = new HashMap<>();
  private static final Map<String, List<TurnResult>> firstRun = new LinkedHashMap<>();
  private static PassShare shares;

  @BeforeAll
  static void run() throws IOException {
    shares = new PassShare();
    for (ScenarioFile file : files()) {
      ScenarioRunner runner = new ScenarioRunner(frontline(file));
      String set = file.set().orElseGet(() -> companyOf(file.path()));
      for (Scenario scenario : file.scenarios()) {
        List<TurnResult> results = runner.run(scenario);
        shares.add(set, scenario, results);
        firstRun.put(set + " / " + scenario.name(), results);
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/generalization.txt"), shares.table());
  }

  static List<ScenarioFile> files() throws IOException {
    List<ScenarioFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(COMPANIES)) {
      for (Path p : s.filter(p -> p.getParent().getFileName().toString().equals("scenarios")).sorted().toList()) {
        out.add(ScenarioParser.parse(p));
      }
    }
    try (Stream<Path> s = Files.list(INTENTS)) {
      for (Path p : s.filter(IntentParser::isIntents).sorted().toList()) {
        out.addAll(IntentParser.parse(p));
      }
    }
    return out;
  }

  private static Frontline frontline(ScenarioFile file) {
    Path dir = file.knowledge().orElseThrow().toAbsolutePath().normalize();
    return loaded.computeIfAbsent(dir, d -> Frontline.load(d, Optional.of(PROMPTS)));
  }

  /** companies/&lt;id&gt;/scenarios/x.yaml belongs to set &lt;id&gt;. */
  private static String companyOf(Path scenarioFile) {
    return scenarioFile.toAbsolutePath().getParent().getParent().getFileName().toString();
  }

  private static Map<String, Double> floors() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(RESOURCES.resolve("generalization-floors.yaml").toFile());
    Map<String, Double> out = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
    return out;
  }

  @Test
  void everySetStaysAtOrAboveItsFloor() throws IOException {
    Map<String, Double> floors = floors();
    Map<String, Double> measured = new LinkedHashMap<>();
    shares.rows().forEach(r -> measured.put(r.set(), r.share()));

    assertThat(floors.keySet()).as("every measured set has a floor").containsAll(measured.keySet());
    assertThat(measured)
        .allSatisfy(
            (set, share) ->
                assertThat(share)
                    .as("%s: share of right turns (table in target/generalization.txt)", set)
                    .isGreaterThanOrEqualTo(floors.get(set)));
  }

  @Test
  void heldOutCompaniesAreMeasured() {
    List<String> sets = shares.rows().stream().map(PassShare.Row::set).toList();

    assertThat(sets).contains("hotel-tisza", "velomaster");
  }

  @Test
  void everySituationOfTheIntentsIsMeasuredInSixLanguages() {
    List<String> sets = shares.rows().stream().map(PassShare.Row::set).toList();

    for (String lang : List.of("ru", "uk", "pl", "hu", "de", "en")) {
      for (String situation : IntentParser.SITUATIONS) {
        assertThat(sets).contains("intents " + lang + " " + situation);
      }
    }
  }

  /** The deterministic bot gives the same reply to the same conversation, every time. */
  @Test
  void aSecondRunDecidesExactlyTheSame() throws IOException {
    for (ScenarioFile file : files().subList(0, 6)) {
      ScenarioRunner runner = new ScenarioRunner(frontline(file));
      String set = file.set().orElseGet(() -> companyOf(file.path()));
      for (Scenario scenario : file.scenarios()) {
        List<String> again = runner.run(scenario).stream().map(TurnResult::reply).toList();

        assertThat(again).isEqualTo(firstRun.get(set + " / " + scenario.name()).stream().map(TurnResult::reply).toList());
      }
    }
  }
}
