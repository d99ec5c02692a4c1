package io.frontline.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A scenario file: the knowledge it was written for (resolved against the file) and its scenarios. */
public record ScenarioFile(Path path, Optional<Path> knowledge, List<Scenario> scenarios) {

  public ScenarioFile {
    scenarios = List.copyOf(scenarios);
  }
}
