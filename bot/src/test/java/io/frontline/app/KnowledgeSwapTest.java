package io.frontline.app;

import io.frontline.testing.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.CachedStateStore;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.DecisionObserver;
import io.frontline.conversation.Outgoing;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.StaffLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 5: hot reload stopped silently when the knowledge folder was replaced the way
 * deployments do it (a symlink swapped to a new release, or the folder deleted and created again):
 * the watch stayed on the old folder and the bot served the old knowledge with no error.
 */
class KnowledgeSwapTest {

  private static final String QUESTION = "How much is a 19 litre bottle of water?";

  @TempDir Path dir;

  private final BlockingQueue<KnowledgeReloader.Outcome> outcomes = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final CachedStateStore states = new CachedStateStore(1_000, Duration.ofHours(1));
  private KnowledgeReloader reloader;
  private KnowledgeWatcher watcher;

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
    scheduler.shutdownNow();
  }

  private void watch(Path knowledge) {
    Optional<Path> prompts = Optional.of(Path.of("../prompts"));
    reloader = new KnowledgeReloader(
        Frontline.load(knowledge, prompts), f -> f.pipelines(StaffLoad.NONE, DecisionObserver.NONE), knowledge, prompts,
        Clock.systemUTC());
    reloader.onReload(outcomes::add);
    watcher = KnowledgeWatcher.start(
        List.of(knowledge), reloader, Executors.newSingleThreadExecutor(), scheduler, Duration.ofMillis(200),
        Duration.ofMillis(500));
  }

  /** A copy of the sample knowledge where the water comes from {@code source}. */
  private static Path release(Path to, String source) throws IOException {
    Folders.copy(Path.of("../knowledge"), to);
    Path catalog = to.resolve("catalog.yaml");
    Files.writeString(catalog, Files.readString(catalog).replace("from our artesian well", "from our " + source));
    return to;
  }

  private String answer() {
    List<Outgoing> sent = new ArrayList<>();
    Conversations c = reloader.conversations().apply(states, sent::add);
    return c.handle(new ChatId(42), new ClientMessage(QUESTION, ClientInfo.ANONYMOUS, Instant.parse("2026-11-24T09:00:00Z")))
        .reply();
  }

  /** Waits for reloads until one is applied and answers with {@code source}. */
  private void awaitAnswerFrom(String source) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      KnowledgeReloader.Outcome o = outcomes.poll(1, TimeUnit.SECONDS);
      if (o != null && o.applied() && answer().contains(source)) {
        return;
      }
    }
    assertThat(answer()).as("the bot answers with the new release").contains(source);
  }

  @Test
  void aSymlinkSwappedToANewReleaseIsReadAndWatched() throws Exception {
    Path live = dir.resolve("knowledge");
    Files.createSymbolicLink(live, release(dir.resolve("release-1"), "glacier spring"));
    watch(live);
    assertThat(answer()).contains("glacier spring");
    String firstFiles = reloader.files();
    assertThat(reloader.version()).isEqualTo(1);

    // The way deployments swap: a new link beside the old one, renamed over it in one step.
    Path next = dir.resolve("knowledge.next");
    Files.createSymbolicLink(next, release(dir.resolve("release-2"), "mountain creek"));
    Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    awaitAnswerFrom("mountain creek");

    // And the new release is watched: an edit in it is read too.
    Path catalog = dir.resolve("release-2/catalog.yaml");
    Files.writeString(catalog, Files.readString(catalog).replace("mountain creek", "forest lake"));
    awaitAnswerFrom("forest lake");
    // What is loaded shows: the version moved on, the files' fingerprint changed.
    assertThat(reloader.version()).isGreaterThanOrEqualTo(3);
    assertThat(reloader.files()).isNotEqualTo(firstFiles).hasSize(12);
  }

  @Test
  void aFolderDeletedAndCreatedAgainIsReadAndWatched() throws Exception {
    Path knowledge = release(dir.resolve("knowledge"), "glacier spring");
    watch(knowledge);
    try (Stream<Path> all = Files.walk(knowledge)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    release(knowledge, "mountain creek");
    awaitAnswerFrom("mountain creek");

    Path catalog = knowledge.resolve("catalog.yaml");
    Files.writeString(catalog, Files.readString(catalog).replace("mountain creek", "forest lake"));
    awaitAnswerFrom("forest lake");
  }
}
