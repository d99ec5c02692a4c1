package io.frontline.cli;

import io.frontline.guard.NeverBounceGuard;
import io.frontline.knowledge.Article;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Problem;
import io.frontline.wording.WordingLoader;
import java.util.ArrayList;
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
    LoadResult loaded = KnowledgeLoader.load(sources.knowledgeDir());
    List<Problem> problems = new ArrayList<>(loaded.problems());
    String defaultLanguage = loaded.knowledge().map(Knowledge::defaultLanguage).orElse("en");
    problems.addAll(
        WordingLoader.load(
                sources.promptsDir().map(WordingLoader::folder).orElseGet(WordingLoader::classpath),
                defaultLanguage)
            .problems());
    loaded.knowledge().ifPresent(k -> problems.addAll(bounces(k)));
    problems.forEach(p -> (p.isError() ? main.err : main.out).println(p));
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    loaded
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

  /** An article the guard would refuse can never be sent: say so now, not when a client asks. */
  private List<Problem> bounces(Knowledge k) {
    NeverBounceGuard guard = NeverBounceGuard.withBuiltInPatterns(k);
    List<Problem> out = new ArrayList<>();
    for (Article a : k.articles()) {
      a.byLanguage()
          .forEach(
              (lang, t) ->
                  guard
                      .find(t.body())
                      .ifPresent(
                          m ->
                              out.add(
                                  Problem.error(
                                      "knowledge/articles/" + a.id() + "." + lang + ".md",
                                      1,
                                      "body",
                                      "sends the client elsewhere (\""
                                          + m.phrase()
                                          + "\"); the bot would refuse to send this article"))));
    }
    return out;
  }
}
