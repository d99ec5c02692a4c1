package io.frontline.bench;

import io.frontline.app.Frontline;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.ConversationState;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.language.LanguageDetector;
import io.frontline.language.LinguaLanguageDetector;
import io.frontline.retrieval.LuceneKnowledgeIndex;
import io.frontline.wording.WordingLoader;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Not a JMH benchmark: the one-time costs JMH's warm-up hides, and where the time of a load and of
 * a decision goes. Run in a fresh JVM:
 *
 * <pre>mvn -q -B -pl bot -Pbench test-compile exec:exec -Dbench.main=io.frontline.bench.ColdStart</pre>
 *
 * <p>Prints: the first {@code Frontline.detector()} (Lingua's detector; process-wide singleton), the
 * first {@code Frontline.load} in a cold JVM, the first decision (and any models the detector loads
 * lazily), then warm load phases (knowledge loading, wording, index build) and a warm per-kind
 * decision profile: decide on texts it has not seen before (see {@link Queries#variant}), and on
 * their own, for comparison, an uncached Lingua detection and a retrieval of the whole text.
 * Single-run wall-clock figures: indicative, not statistics; JMH gives those.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) {
    System.out.println("load average at start: " + loadAverage());
    long t = System.nanoTime();
    Path dir = GeneratedKnowledge.createTemp();
    print("generate knowledge folder (4,000 articles)", t);
    try {
      run(dir);
    } finally {
      GeneratedKnowledge.delete(dir);
    }
  }

  private static void run(Path dir) {
    cpuMark = THREADS.getCurrentThreadCpuTime();
    long t = System.nanoTime();
    LanguageDetector detector = Frontline.detector();
    print("first Frontline.detector() (cold JVM, builds Lingua)", t);

    t = System.nanoTime();
    Frontline frontline = Frontline.load(dir, Optional.empty());
    print("first Frontline.load (cold JVM, detector already built)", t);

    t = System.nanoTime();
    frontline.engine().decide(new ClientMessage("Hello, how can I clean my water cooler?", ClientInfo.ANONYMOUS, DecisionBenchmark.AT), ConversationState.NEW);
    print("first decide (cold JIT; models a detector loads lazily)", t);

    t = System.nanoTime();
    detector.detect("Dzień dobry, jak mogę wymienić filtr do wody?");
    detector.detect("Здравствуйте, можно заменить фильтр?");
    detector.detect("Jó napot, hogyan lehet kicserélni a szűrőt?");
    print("first detections in pl, ru, hu", t);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int loads = 5;
    long[] loadWall = new long[loads];
    long[] loadCpu = new long[loads];
    for (int i = 0; i < loads; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      Frontline.load(dir, Optional.empty());
      loadWall[i] = System.nanoTime() - w0;
      loadCpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    System.out.printf(
        Locale.ROOT, "%-60s %9.1f ms (CPU %.1f ms)%n", "Frontline.load, calls 2-6, fastest (wall)",
        Arrays.stream(loadWall).min().getAsLong() / 1e6, Arrays.stream(loadCpu).min().getAsLong() / 1e6);

    Knowledge knowledge = null;
    long load = 0;
    long wording = 0;
    long index = 0;
    int n = 3;
    for (int i = 0; i < n; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      knowledge = KnowledgeLoader.load(dir).orThrow();
      long c1 = threads.getCurrentThreadCpuTime();
      WordingLoader.load(WordingLoader.classpath(), knowledge.defaultLanguage());
      long c2 = threads.getCurrentThreadCpuTime();
      LuceneKnowledgeIndex.build(knowledge);
      long c3 = threads.getCurrentThreadCpuTime();
      load += c1 - c0;
      wording += c2 - c1;
      index += c3 - c2;
    }
    System.out.printf(Locale.ROOT, "%-60s %9.1f ms%n", "  of which KnowledgeLoader.load (CPU, mean of 3)", load / 1e6 / n);
    System.out.printf(Locale.ROOT, "%-60s %9.1f ms%n", "  of which WordingLoader.load from the jar (CPU, mean of 3)", wording / 1e6 / n);
    System.out.printf(Locale.ROOT, "%-60s %9.1f ms%n", "  of which LuceneKnowledgeIndex.build (CPU, mean of 3)", index / 1e6 / n);

    profile(frontline, LuceneKnowledgeIndex.build(knowledge));
    System.out.println("load average at end: " + loadAverage());
  }

  /** The 1, 5 and 15 minute load averages (Linux), to judge how shared the machine was. */
  static String loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * Warm per-kind latency of decide, and of its two expensive parts measured on their own. Each
   * figure is given as wall-clock time and as the thread's CPU time: on a machine shared with other
   * work the wall clock includes waiting for a core, while CPU time is close to what an idle core
   * would take.
   */
  private static void profile(Frontline frontline, LuceneKnowledgeIndex index) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Not the shared detector: that one may remember texts, and here each text is detected again.
    LanguageDetector detector = new LinguaLanguageDetector();
    List<Queries.Query> queries = Queries.all();
    for (int round = 0; round < 30; round++) {
      for (Queries.Query q : queries) {
        decide(frontline, Queries.variant(q.text(), 1_000 + round));
        detector.detect(q.text());
        index.search(q.text(), q.language(), 8);
      }
    }
    int reps = 30;
    int n = reps * queries.size();
    long[] wall = new long[n];
    long[] cpu = new long[n];
    Map<String, double[]> byKind = new TreeMap<>();
    Map<Queries.Query, Long> perQuery = new HashMap<>();
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < queries.size(); i++) {
        Queries.Query q = queries.get(i);
        String text = Queries.variant(q.text(), 1 + r);
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        decide(frontline, text);
        long w = System.nanoTime() - w0;
        long c = threads.getCurrentThreadCpuTime() - c0;
        wall[r * queries.size() + i] = w;
        cpu[r * queries.size() + i] = c;
        perQuery.merge(q, c, Long::sum);
        double[] acc = byKind.computeIfAbsent(q.kind(), k -> new double[5]);
        acc[0] += w / 1e3;
        acc[1] += c / 1e3;
        c0 = threads.getCurrentThreadCpuTime();
        detector.detect(q.text());
        acc[2] += (threads.getCurrentThreadCpuTime() - c0) / 1e3;
        c0 = threads.getCurrentThreadCpuTime();
        index.search(q.text(), q.language(), 8);
        acc[3] += (threads.getCurrentThreadCpuTime() - c0) / 1e3;
        acc[4]++;
      }
    }
    System.out.println();
    System.out.println(
        "warm decide, " + n + " single decisions (" + reps + " x the 200 queries, each time in another letter case):");
    System.out.printf(Locale.ROOT, "  %-10s %8s %8s %8s %8s %8s %12s%n", "", "mean", "p50", "p90", "p99", "p99.9", "decisions/s");
    percentiles("wall us", wall);
    percentiles("cpu us", cpu);
    System.out.println(
        "warm mean per query kind, us (detect: uncached Lingua, search: whole text; CPU, measured on their own):");
    System.out.printf(Locale.ROOT, "  %-13s %6s %10s %10s %10s %10s%n", "kind", "n", "wall", "cpu", "detect", "search");
    byKind.forEach(
        (kind, a) ->
            System.out.printf(
                Locale.ROOT, "  %-13s %6.0f %10.1f %10.1f %10.1f %10.1f%n",
                kind, a[4] / reps, a[0] / a[4], a[1] / a[4], a[2] / a[4], a[3] / a[4]));
    System.out.println("slowest queries (mean CPU us of " + reps + " decisions):");
    perQuery.entrySet().stream()
        .sorted(Map.Entry.<Queries.Query, Long>comparingByValue().reversed())
        .limit(5)
        .forEach(
            e -> System.out.printf(
                Locale.ROOT, "  %8.1f  [%s %s] %s%n",
                e.getValue() / 1e3 / reps, e.getKey().language(), e.getKey().kind(), e.getKey().text()));
  }

  private static void percentiles(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e3;
    System.out.printf(
        Locale.ROOT, "  %-10s %8.1f %8.1f %8.1f %8.1f %8.1f %12.0f%n",
        what, mean, at(s, 0.50), at(s, 0.90), at(s, 0.99), at(s, 0.999), 1e6 / mean);
  }

  private static double at(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }

  private static void decide(Frontline frontline, String text) {
    frontline.engine().decide(new ClientMessage(text, ClientInfo.ANONYMOUS, DecisionBenchmark.AT), ConversationState.NEW);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long cpuMark = THREADS.getCurrentThreadCpuTime();

  /** Wall time since {@code since}, and this thread's CPU time since the previous print. */
  private static void print(String what, long since) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT, "%-60s %9.1f ms (CPU %.1f ms)%n", what, (System.nanoTime() - since) / 1e6, (cpu - cpuMark) / 1e6);
    cpuMark = cpu;
  }
}
