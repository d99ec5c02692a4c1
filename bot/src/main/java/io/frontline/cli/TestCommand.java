package io.frontline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.app.Frontline;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioException;
import io.frontline.scenario.ScenarioFile;
import io.frontline.scenario.ScenarioParser;
import io.frontline.scenario.ScenarioRunner;
import io.frontline.scenario.TurnResult;
import io.frontline.store.Database;
import io.frontline.store.LoggedDecision;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline test FILE...}: runs conversation scenarios and reports what failed. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run conversation scenarios (YAML). Prints failing turns, then 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Main main;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
  List<Path> files;

  @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder; overrides the files' 'knowledge:'.")
  Path knowledge;

  @Option(names = "--prompts", paramLabel = "DIR", description = "An edited copy of prompts/.")
  Path prompts;

  @Option(names = "--json", description = "One JSON object per turn on standard output; the summary goes to standard error.")
  boolean json;

  @Option(names = "--record", description = "Keep the run's decisions in the store ($DATABASE_URL or $DATA_DIR), so `frontline stats` shows them.")
  boolean record;

  TestCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    try (Database db = record ? Database.fromEnvironment(main.env, java.time.Clock.systemUTC()) : null) {
      return run(db);
    }
  }

  private int run(Database db) throws JsonProcessingException {
    ScenarioRunner.Recorder recorder =
        db == null
            ? (chat, d, at) -> {}
            : (chat, d, at) -> db.decisions().append(new LoggedDecision(chat, Optional.empty(), d, at));
    Map<Path, Frontline> loaded = new HashMap<>();
    int passed = 0;
    int failed = 0;
    for (Path file : files) {
      ScenarioFile sf;
      try {
        sf = ScenarioParser.parse(file);
      } catch (ScenarioException e) {
        main.err.println(e.getMessage());
        return Main.USAGE;
      }
      Path dir =
          Optional.ofNullable(knowledge)
              .or(sf::knowledge)
              .or(() -> Optional.ofNullable(main.env.get("KNOWLEDGE_DIR")).filter(s -> !s.isBlank()).map(Path::of))
              .orElse(Path.of("knowledge"))
              .toAbsolutePath()
              .normalize();
      Frontline frontline =
          loaded.computeIfAbsent(dir, d -> Frontline.load(d, Optional.ofNullable(prompts)));
      ScenarioRunner runner = new ScenarioRunner(frontline, recorder);
      for (Scenario scenario : sf.scenarios()) {
        List<TurnResult> results = runner.run(scenario);
        boolean ok = results.stream().allMatch(TurnResult::passed);
        if (ok) {
          passed++;
        } else {
          failed++;
        }
        for (TurnResult r : results) {
          if (json) {
            main.out.println(JSON.writeValueAsString(r));
          } else if (!r.passed()) {
            main.out.printf(
                "FAIL %s: '%s' turn %d: \"%s\"%n  %s%n  reply: %s%n",
                file.getFileName(),
                r.scenario(),
                r.turn(),
                r.say(),
                String.join("\n  ", r.failures()),
                r.reply().replace("\n", " / "));
          }
        }
      }
    }
    (json ? main.err : main.out).printf("%d passed, %d failed%n", passed, failed);
    return failed == 0 ? Main.OK : Main.FAILED;
  }
}
