package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file (the default database). */
class SqliteStoreTest extends StoreContractTest {

  @TempDir Path dir;

  private int databases;

  @Test
  void writersWaitingAtOnceShareOneCommitAndAFailingOneIsUndoneAlone() throws Exception {
    GroupCommit writes = db.writes();
    long[] before = writes.stats();
    CountDownLatch leaderInside = new CountDownLatch(1);
    CountDownLatch releaseLeader = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      // The first writer holds its round open until two more writers wait: they form the next round.
      Future<Boolean> first = threads.submit(() -> writes.run(() -> {
        journal.record(1, ANNA, "{}");
        leaderInside.countDown();
        await(releaseLeader);
        return true;
      }));
      assertThat(leaderInside.await(30, TimeUnit.SECONDS)).isTrue();
      Future<Boolean> failing = threads.submit(() -> writes.run(() -> {
        journal.record(2, IVAN, "{}");
        throw new IllegalStateException("broken update");
      }));
      assertThat(writes.awaitQueued(1, Duration.ofSeconds(30))).isTrue();
      Future<Boolean> third = threads.submit(() -> writes.run(() -> journal.record(3, IVAN, "{}")));
      assertThat(writes.awaitQueued(2, Duration.ofSeconds(30))).isTrue();
      releaseLeader.countDown();

      assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(third.get(30, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasRootCauseMessage("broken update");
    } finally {
      threads.shutdownNow();
    }

    long[] after = writes.stats();
    assertThat(after[0] - before[0]).as("commits").isEqualTo(2);
    assertThat(after[1] - before[1]).as("writers").isEqualTo(3);
    assertThat(journal.unprocessed(10)).extracting(JournaledUpdate::updateId).containsExactly(1L, 3L);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected String newDatabaseUrl() {
    // A folder that does not exist yet: opening creates it, as it does data/ on first start.
    return "jdbc:sqlite:" + dir.resolve(databases++ == 0 ? "data" : "data-" + databases).resolve("frontline.db");
  }
}
