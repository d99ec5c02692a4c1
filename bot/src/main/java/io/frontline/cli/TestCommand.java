package io.frontline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.llm.LlmSettings;
import io.frontline.llm.Provider;
import io.frontline.scenario.IntentParser;
import io.frontline.scenario.PassShare;
import io.frontline.scenario.Scenario;
import io.frontline.scenario.ScenarioException;
import io.frontline.scenario.ScenarioFile;
import io.frontline.scenario.ScenarioParser;
import io.frontline.scenario.ScenarioRunner;
import io.frontline.scenario.TurnResult;
import io.frontline.store.Database;
import io.frontline.store.LoggedDecision;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Option(names = "--llm", description = "Run against the model LLM_PROVIDER, LLM_MODEL... configure (without it, the deterministic core, whatever is configured).")
  boolean llm;

  @Option(names = "--repeat", paramLabel = "K", defaultValue = "1", description = "Run every scenario K times and report pass^k (the share of scenarios that pass in all K runs, as in tau-bench).")
  int repeat;

  private LlmSettings settings = LlmSettings.DEFAULTS;

  TestCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (repeat < 1 || repeat > 100) {
      main.err.println("frontline test: --repeat must be 1 to 100, was " + repeat);
      return Main.USAGE;
    }
    if (llm) {
      try {
        settings = Config.llm(main.env);
      } catch (Config.ConfigException e) {
        main.err.println("frontline test: " + e.getMessage());
        return Main.USAGE;
      }
      if (!settings.enabled()) {
        main.err.println(
            "frontline test --llm: no model is configured. Set LLM_PROVIDER (" + Provider.choices() + "), LLM_MODEL and, "
                + "for hosted providers, LLM_API_KEY; LLM_BASE_URL for an OpenAI-compatible server or a remote Ollama.");
        return Main.USAGE;
      }
    }
    try (Database db = record ? Database.fromEnvironment(main.env, java.time.Clock.systemUTC()) : null) {
      return run(db);
    }
  }

  private int run(Database db) throws JsonProcessingException {
    ScenarioRunner.Recorder recorder =
        db == null
            ? (chat, d, at) -> {}
            : (chat, d, at) -> {
              db.decisions().append(new LoggedDecision(chat, Optional.empty(), d, at));
              // Orders placed and suggestions made in the run count in `frontline stats` too.
              db.orders().record(chat, d, at);
            };
    Map<Path, Frontline> loaded = new HashMap<>();
    int passed = 0;
    int failed = 0;
    List<Integer> passes = new ArrayList<>();
    List<TurnResult> all = new ArrayList<>();
    List<ScenarioFile> parsed = new ArrayList<>();
    for (Path file : files) {
      try {
        if (IntentParser.isIntents(file)) {
          parsed.addAll(IntentParser.parse(file));
        } else {
          parsed.add(ScenarioParser.parse(file));
        }
      } catch (ScenarioException e) {
        main.err.println(e.getMessage());
        return Main.USAGE;
      }
    }
    PassShare shares = new PassShare();
    // With a model or repeats a run takes minutes: say where it is, on stderr (stdout is the report).
    boolean progress = llm || repeat > 1;
    int total = parsed.stream().mapToInt(sf -> sf.scenarios().size()).sum();
    int done = 0;
    for (ScenarioFile sf : parsed) {
      Path file = sf.path();
      Path dir =
          Optional.ofNullable(knowledge)
              .or(sf::knowledge)
              .or(() -> Optional.ofNullable(main.env.get("KNOWLEDGE_DIR")).filter(s -> !s.isBlank()).map(Path::of))
              .orElse(Path.of("knowledge"))
              .toAbsolutePath()
              .normalize();
      Frontline frontline =
          loaded.computeIfAbsent(
              dir, d -> llm ? Frontline.load(d, Optional.ofNullable(prompts), settings) : Frontline.load(d, Optional.ofNullable(prompts)));
      ScenarioRunner runner = new ScenarioRunner(frontline, recorder);
      String set = sf.set().orElse(frontline.knowledge().company().id());
      for (Scenario scenario : sf.scenarios()) {
        List<TurnResult> results = new ArrayList<>();
        int runsPassed = 0;
        done++;
        for (int run = 1; run <= repeat; run++) {
          if (progress) {
            main.err.printf("[%d/%d] %s: '%s'%s%n", done, total, file.getFileName(), scenario.name(),
                repeat > 1 ? " run " + run + "/" + repeat : "");
            main.err.flush();
          }
          List<TurnResult> once = runner.run(scenario, run);
          shares.add(set, scenario, once);
          results.addAll(once);
          if (once.stream().allMatch(TurnResult::passed)) {
            runsPassed++;
          }
        }
        passes.add(runsPassed);
        all.addAll(results);
        if (runsPassed == repeat) {
          passed++;
        } else {
          failed++;
        }
        for (TurnResult r : results) {
          if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode line = JSON.valueToTree(r);
            if (!llm && repeat == 1) {
              // Without a model the line is what it always was; the LLM fields would all be 0.
              line.remove(List.of("run", "answered_by", "model_calls", "input_tokens"));
            }
            main.out.println(JSON.writeValueAsString(line));
          } else if (!r.passed()) {
            main.out.printf(
                "FAIL %s: '%s'%s turn %d: \"%s\"%n  %s%n  reply: %s%n",
                file.getFileName(),
                r.scenario(),
                repeat > 1 ? " run " + r.run() : "",
                r.turn(),
                r.say(),
                String.join("\n  ", r.failures()),
                r.reply().replace("\n", " / "));
          }
        }
      }
    }
    PrintStream summary = json ? main.err : main.out;
    if (llm || repeat > 1) {
      summary.print(LlmReport.of(passes, repeat, all, loaded.values()));
    }
    if (shares.rows().size() > 1) {
      // Several companies or intent sets: the share of turns right in each, the generalization yardstick.
      summary.print(shares.table());
    }
    summary.printf("%d passed, %d failed%n", passed, failed);
    return failed == 0 ? Main.OK : Main.FAILED;
  }
}
