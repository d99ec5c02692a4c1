package io.frontline.app;

import io.frontline.conversation.Conversations;
import io.frontline.conversation.Outbox;
import io.frontline.conversation.StateStore;
import io.frontline.knowledge.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the pipeline the bot answers with and replaces it when the company's knowledge changes.
 * A reload is checked exactly like {@code frontline check} ({@link KnowledgeCheck}); only a change
 * without errors is built and swapped in, atomically, so the next message is answered with it and
 * a message being answered finishes with the pipeline it started with. A change with errors is
 * refused: the last good pipeline stays, and listeners (the log, the staff group) get the errors
 * with file and line.
 *
 * <p>Thread-safe; reloads run one at a time.
 */
public final class KnowledgeReloader {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);

  /**
   * What one reload did.
   *
   * @param applied the new knowledge answers from now on; false: refused, the last good one stays
   * @param trigger what asked for it ("file change", "/reload by anna", ...)
   * @param problems errors (when refused) and warnings, each with file and line
   */
  public record Outcome(boolean applied, String trigger, Instant at, List<Problem> problems) {

    /** Errors listed in a notice; the rest are counted (a group chat is no place for 200 lines). */
    static final int SHOWN = 15;

    public Outcome {
      problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
      return problems.stream().filter(Problem::isError).toList();
    }

    /** A few lines for people: what happened, then each error as {@code file:line: ...}. */
    public String describe() {
      if (applied) {
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        return "Knowledge reloaded (" + trigger + ")" + (warnings == 0 ? "." : ", " + warnings + " warning(s).");
      }
      List<Problem> errors = errors();
      return "Knowledge change refused (" + trigger + "); the bot keeps answering with the last good knowledge.\n"
          + errors.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"))
          + (errors.size() > SHOWN ? "\n… and " + (errors.size() - SHOWN) + " more: run frontline check" : "");
    }
  }

  private final Path knowledgeDir;
  private final Optional<Path> prompts;
  private final Clock clock;
  private final Function<Frontline, BiFunction<StateStore, Outbox, Conversations>> pipelines;
  private final AtomicReference<Generation> current;
  private final AtomicReference<Outcome> last = new AtomicReference<>();
  private final java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger(1);
  private volatile String files;
  private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();

  /** One knowledge's pipeline and the conversations built on it, swapped as a whole. */
  private record Generation(Frontline frontline, BiFunction<StateStore, Outbox, Conversations> conversations) {}

  /**
   * Starts from {@code initial}, which was loaded from {@code knowledgeDir} and {@code prompts}.
   *
   * @param pipelines builds a knowledge's conversations once per reload (e.g.
   *     {@link Frontline#pipelines} with the store's staff load and the metrics)
   */
  public KnowledgeReloader(
      Frontline initial,
      Function<Frontline, BiFunction<StateStore, Outbox, Conversations>> pipelines,
      Path knowledgeDir,
      Optional<Path> prompts,
      Clock clock) {
    this.pipelines = pipelines;
    Objects.requireNonNull(initial, "initial");
    this.current = new AtomicReference<>(new Generation(initial, pipelines.apply(initial)));
    this.knowledgeDir = knowledgeDir;
    this.prompts = prompts;
    this.clock = clock;
    this.files = KnowledgeFingerprint.of(folders());
  }

  private List<Path> folders() {
    List<Path> folders = new java.util.ArrayList<>(List.of(knowledgeDir));
    prompts.ifPresent(folders::add);
    return folders;
  }

  /** How many knowledges this process has answered with: 1 at start, one more per applied reload. */
  public int version() {
    return version.get();
  }

  /** The fingerprint of the files the knowledge answering now was read from. */
  public String files() {
    return files;
  }

  /** The pipeline answering now. */
  public Frontline current() {
    return current.get().frontline();
  }

  /** The last reload's outcome; empty before the first. */
  public Optional<Outcome> last() {
    return Optional.ofNullable(last.get());
  }

  /** Called after every reload, applied or refused, on the thread that reloaded. */
  public void onReload(Consumer<Outcome> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Conversations from the pipeline current when each message arrives: what the transport asks
   * for per message ({@link io.frontline.telegram.TelegramBot.Builder#conversations}).
   */
  public BiFunction<StateStore, Outbox, Conversations> conversations() {
    return (states, outbox) -> current.get().conversations().apply(states, outbox);
  }

  /** Checks the knowledge and the wording again; applies them if they have no errors. */
  public synchronized Outcome reload(String trigger) {
    Outcome outcome;
    long started = System.nanoTime();
    try {
      String seen = KnowledgeFingerprint.of(folders());
      KnowledgeCheck check = KnowledgeCheck.of(knowledgeDir, prompts);
      if (check.passed()) {
        // The current pipeline's model (if any) and its memory carry over to the reloaded knowledge.
        Frontline next = current().reloaded(check, prompts);
        current.set(new Generation(next, pipelines.apply(next)));
        files = seen;
        version.incrementAndGet();
        outcome = new Outcome(true, trigger, clock.instant(), check.problems());
        LOG.info("knowledge reloaded ({}) from {} in {} ms", trigger, knowledgeDir, (System.nanoTime() - started) / 1_000_000);
      } else {
        outcome = new Outcome(false, trigger, clock.instant(), check.problems());
        LOG.warn("knowledge change refused ({}), last good knowledge kept:\n{}", trigger,
            outcome.errors().stream().map(Problem::toString).collect(Collectors.joining("\n")));
      }
    } catch (RuntimeException e) {
      // A half-written file can make a parser throw rather than report: refuse, never crash.
      outcome =
          new Outcome(false, trigger, clock.instant(),
              List.of(Problem.error(knowledgeDir.toString(), 0, "", "cannot be read: " + e)));
      LOG.warn("knowledge change refused ({}): {}", trigger, e.toString());
    }
    last.set(outcome);
    for (Consumer<Outcome> l : listeners) {
      try {
        l.accept(outcome);
      } catch (RuntimeException e) {
        LOG.warn("a reload listener failed: {}", e.toString());
      }
    }
    return outcome;
  }
}
