package io.frontline.app;

import io.frontline.guard.NeverBounceGuard;
import io.frontline.knowledge.Article;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Problem;
import io.frontline.wording.Wording;
import io.frontline.wording.WordingLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code frontline check} checks, in one place, so that a hot reload refuses exactly what the
 * command would: the knowledge, the wording, and articles the never-bounce guard would refuse.
 *
 * @param knowledge the knowledge, when it loaded at all
 * @param wording the wording, when the knowledge loaded
 * @param problems every error and warning with file and line
 */
public record KnowledgeCheck(Optional<Knowledge> knowledge, Optional<Wording> wording, List<Problem> problems) {

  public KnowledgeCheck {
    problems = List.copyOf(problems);
  }

  /** Loads and checks {@code knowledgeDir} and the wording (an edited copy, or the jar's). */
  public static KnowledgeCheck of(Path knowledgeDir, Optional<Path> prompts) {
    LoadResult loaded = KnowledgeLoader.load(knowledgeDir);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    String defaultLanguage = loaded.knowledge().map(Knowledge::defaultLanguage).orElse("en");
    WordingLoader.Loaded w =
        WordingLoader.load(prompts.map(WordingLoader::folder).orElseGet(WordingLoader::classpath), defaultLanguage);
    problems.addAll(w.problems());
    loaded.knowledge().ifPresent(k -> problems.addAll(bounces(k)));
    return new KnowledgeCheck(loaded.knowledge(), loaded.knowledge().map(k -> w.wording()), problems);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public boolean passed() {
    return knowledge.isPresent() && errors().isEmpty();
  }

  /** An article the guard would refuse can never be sent: say so now, not when a client asks. */
  private static List<Problem> bounces(Knowledge k) {
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
