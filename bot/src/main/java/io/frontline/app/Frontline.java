package io.frontline.app;

import io.frontline.conversation.CachedStateStore;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.Outbox;
import io.frontline.decision.DecisionEngine;
import io.frontline.decision.DeterministicEngine;
import io.frontline.decision.SafeHandover;
import io.frontline.guard.DiscountGuard;
import io.frontline.guard.Guards;
import io.frontline.guard.LanguageGuard;
import io.frontline.guard.NeverBounceGuard;
import io.frontline.guard.PriceGuard;
import io.frontline.guard.ReplyGuard;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Problem;
import io.frontline.language.CachedLanguageDetector;
import io.frontline.language.LanguageChoice;
import io.frontline.language.LanguageDetector;
import io.frontline.language.LinguaLanguageDetector;
import io.frontline.retrieval.LuceneKnowledgeIndex;
import io.frontline.wording.WordingLoader;
import io.frontline.wording.Wording;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where Frontline is put together: knowledge, wording, language detection, retrieval,
 * the decision engine and its guards. Commands and tests ask this class for a pipeline; nothing
 * else constructs the parts.
 */
public final class Frontline {

  private static LanguageDetector sharedDetector;

  private final Knowledge knowledge;
  private final Wording wording;
  private final LanguageDetector detector;
  private final DecisionEngine engine;
  private final ReplyGuard guards;
  private final SafeHandover fallback;
  private final List<Problem> problems;

  private Frontline(
      Knowledge knowledge, Wording wording, LanguageDetector detector, List<Problem> problems) {
    this.knowledge = knowledge;
    this.wording = wording;
    this.detector = detector;
    this.problems = List.copyOf(problems);
    Set<String> spoken = new HashSet<>(wording.phrases().languages());
    LanguageChoice choice = new LanguageChoice(detector, spoken, knowledge.defaultLanguage());
    this.engine =
        new DeterministicEngine(knowledge, LuceneKnowledgeIndex.build(knowledge), choice, wording);
    this.guards =
        new Guards(
            List.of(
                NeverBounceGuard.withBuiltInPatterns(knowledge),
                new PriceGuard(knowledge),
                new DiscountGuard(knowledge),
                new LanguageGuard(detector, knowledge.defaultLanguage(), true)));
    this.fallback = new SafeHandover(knowledge, wording.phrases());
  }

  /**
   * Loads the knowledge and the wording.
   *
   * @param prompts a folder with an edited copy of prompts/, or empty for the copy in the jar
   * @throws io.frontline.knowledge.KnowledgeException listing every error with file and line
   */
  public static Frontline load(Path knowledgeDir, Optional<Path> prompts) {
    LoadResult loaded = KnowledgeLoader.load(knowledgeDir);
    Knowledge knowledge = loaded.orThrow();
    WordingLoader.Loaded w =
        WordingLoader.load(
            prompts.map(WordingLoader::folder).orElseGet(WordingLoader::classpath),
            knowledge.defaultLanguage());
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(w.problems());
    return new Frontline(knowledge, w.wording(), detector(), problems);
  }

  /** Lingua's models take a while to load and are read-only: one detector per process. */
  public static synchronized LanguageDetector detector() {
    if (sharedDetector == null) {
      sharedDetector = new CachedLanguageDetector(new LinguaLanguageDetector(), 50_000);
    }
    return sharedDetector;
  }

  /** A fresh conversation pipeline (its own state) that delivers replies to {@code outbox}. */
  public Conversations conversations(Outbox outbox) {
    return new Conversations(
        engine, guards, fallback, new CachedStateStore(100_000, Duration.ofHours(12)), outbox);
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  public Wording wording() {
    return wording;
  }

  public LanguageDetector languageDetector() {
    return detector;
  }

  public DecisionEngine engine() {
    return engine;
  }

  public ReplyGuard guards() {
    return guards;
  }

  /** Warnings found while loading (errors make {@link #load} throw). */
  public List<Problem> problems() {
    return problems;
  }
}
