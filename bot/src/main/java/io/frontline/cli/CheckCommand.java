package io.frontline.cli;

import io.frontline.app.KnowledgeCheck;
import io.frontline.knowledge.Problem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code frontline check}: validates the knowledge and the wording, with file, line and field. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate the knowledge (and the bot's wording); report file, line and field.")
final class CheckCommand implements Callable<Integer> {

  private final Main main;

  @Mixin Sources sources = new Sources();

  CheckCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    KnowledgeCheck check = KnowledgeCheck.of(sources.knowledgeDir(), sources.promptsDir());
    List<Problem> problems = check.problems();
    problems.forEach(p -> (p.isError() ? main.err : main.out).println(p));
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    check
        .knowledge()
        .filter(k -> errors == 0)
        .ifPresent(
            k ->
                main.out.printf(
                    "%s: %d catalog items, %d articles, %d partners, %d staff, languages %s%n",
                    sources.knowledgeDir(),
                    k.catalog().items().size(),
                    k.articles().size(),
                    k.partners().size(),
                    k.staff().size(),
                    k.company().languages()));
    main.out.printf("%d errors, %d warnings%n", errors, warnings);
    return errors == 0 ? Main.OK : Main.FAILED;
  }
}
