package io.frontline.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where knowledge and wording come from: options first, then the environment, then defaults. */
final class Sources {

  @Option(
      names = "--knowledge",
      paramLabel = "DIR",
      description = "Knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge).")
  Path knowledge;

  @Option(
      names = "--prompts",
      paramLabel = "DIR",
      description = "An edited copy of prompts/ (default: $PROMPTS_DIR or the copy in the jar).")
  Path prompts;

  Path knowledgeDir() {
    if (knowledge != null) {
      return knowledge;
    }
    return Path.of(Optional.ofNullable(System.getenv("KNOWLEDGE_DIR")).filter(s -> !s.isBlank()).orElse("knowledge"));
  }

  Optional<Path> promptsDir() {
    if (prompts != null) {
      return Optional.of(prompts);
    }
    return Optional.ofNullable(System.getenv("PROMPTS_DIR")).filter(s -> !s.isBlank()).map(Path::of);
  }
}
