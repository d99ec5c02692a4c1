package io.frontline.bench;

import io.frontline.app.Frontline;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge load + index build on the generated folder (4,000 article files, 200 partners, 50
 * staff, 50 catalog items). Target from the issue: <= 2 s. One op is one {@code Frontline.load}:
 * reading and validating every file (KnowledgeLoader), loading the wording from the jar
 * (WordingLoader), building the Lucene index (LuceneKnowledgeIndex.build) and the engine and
 * guards.
 *
 * <p>The language detector is a process-wide singleton ({@code Frontline.detector()}): it is built
 * in the first warm-up iteration only, with whatever Lingua loads when it is built (all its models,
 * when the detector preloads them), so the measured iterations do NOT include it; neither do models
 * a detector would load lazily at its first detection. That one-time cost in a fresh JVM (class
 * loading, the detector, a cold JIT) is what {@link ColdStart} reports:
 * {@code mvn -q -B -pl bot -Pbench test-compile exec:exec -Dbench.main=io.frontline.bench.ColdStart}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Threads(1)
public class LoadBenchmark {

  private Path dir;

  @Setup(Level.Trial)
  public void setUp() {
    dir = GeneratedKnowledge.createTemp();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    GeneratedKnowledge.delete(dir);
  }

  @Benchmark
  public Frontline load() {
    return Frontline.load(dir, Optional.empty());
  }
}
