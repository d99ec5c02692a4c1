package io.frontline.app;

import io.frontline.guard.NeverBounceGuard;
import io.frontline.knowledge.Article;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Problem;
import io.frontline.llm.SystemPrompt;
import io.frontline.wording.Wording;
import io.frontline.wording.WordingLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code frontline check} checks, in one place, so that a hot reload refuses exactly what the
 * command would: the knowledge, the wording, articles the never-bounce guard would refuse, and the
 * model's system prompt.
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
    WordingLoader.Source source = prompts.map(WordingLoader::folder).orElseGet(WordingLoader::classpath);
    WordingLoader.Loaded w = WordingLoader.load(source, defaultLanguage);
    problems.addAll(w.problems());
    loaded.knowledge().ifPresent(k -> problems.addAll(bounces(k)));
    loaded.knowledge().ifPresent(k -> problems.addAll(systemPrompt(source, k)));
    return new KnowledgeCheck(loaded.knowledge(), loaded.knowledge().map(k -> w.wording()), problems);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public boolean passed() {
    return knowledge.isPresent() && errors().isEmpty();
  }

  /** The model's system prompt (LLM mode) must be usable before a model is switched on. */
  private static List<Problem> systemPrompt(WordingLoader.Source source, Knowledge k) {
    try {
      Optional<String> text = source.read(SystemPrompt.PATH);
      if (text.isPresent()) { // an edited copy without it uses the jar's
        SystemPrompt.of(text.get(), k);
      }
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(Problem.error("prompts/" + SystemPrompt.PATH, 1, "placeholder", e.getMessage()));
    } catch (java.io.IOException e) {
      return List.of(Problem.error("prompts/" + SystemPrompt.PATH, 1, "file", "cannot be read: " + e.getMessage()));
    }
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
