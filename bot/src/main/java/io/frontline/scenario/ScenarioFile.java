package io.frontline.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file: the knowledge it was written for (resolved against the file) and its scenarios.
 *
 * @param set the name its turns are counted under in a pass-share report; empty: the company's id
 */
public record ScenarioFile(Path path, Optional<Path> knowledge, List<Scenario> scenarios, Optional<String> set) {

  public ScenarioFile {
    scenarios = List.copyOf(scenarios);
  }

  public ScenarioFile(Path path, Optional<Path> knowledge, List<Scenario> scenarios) {
    this(path, knowledge, scenarios, Optional.empty());
  }
}
