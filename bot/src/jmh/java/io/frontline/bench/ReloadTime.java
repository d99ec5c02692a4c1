package io.frontline.bench;

import io.frontline.app.Frontline;
import io.frontline.app.KnowledgeReloader;
import io.frontline.conversation.DecisionObserver;
import io.frontline.decision.StaffLoad;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a hot reload takes (check like frontline check, build the index, swap), on the sample
 * knowledge or the folder given:
 * {@code mvn -q -B -pl bot -Pbench test-compile exec:exec -Dbench.main=io.frontline.bench.ReloadTime}.
 */
public final class ReloadTime {

  private ReloadTime() {}

  public static void main(String[] args) {
    Path knowledge = Path.of(args.length > 0 ? args[0] : "../knowledge");
    KnowledgeReloader reloader =
        new KnowledgeReloader(
            Frontline.load(knowledge, Optional.empty()), f -> f.pipelines(StaffLoad.NONE, DecisionObserver.NONE),
            knowledge, Optional.empty(), Clock.systemUTC());
    long fastest = Long.MAX_VALUE;
    for (int i = 1; i <= 8; i++) {
      long t = System.nanoTime();
      if (!reloader.reload("benchmark").applied()) {
        throw new IllegalStateException("the knowledge has errors: run frontline check");
      }
      long took = System.nanoTime() - t;
      fastest = Math.min(fastest, took);
      System.out.printf(Locale.ROOT, "reload %d: %.1f ms%n", i, took / 1e6);
    }
    System.out.printf(Locale.ROOT, "fastest: %.1f ms%n", fastest / 1e6);
  }
}
