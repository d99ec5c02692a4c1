package io.frontline.knowledge;

import java.util.List;
import java.util.Optional;

/** The knowledge, when it could be used, and every problem found on the way. */
public record LoadResult(Optional<Knowledge> knowledge, List<Problem> problems) {

  public LoadResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The knowledge, or an exception listing every error with file and line. */
  public Knowledge orThrow() {
    if (hasErrors() || knowledge.isEmpty()) {
      StringBuilder sb = new StringBuilder("the knowledge has errors:");
      problems.stream().filter(Problem::isError).forEach(p -> sb.append("\n  ").append(p));
      throw new KnowledgeException(sb.toString());
    }
    return knowledge.get();
  }
}
