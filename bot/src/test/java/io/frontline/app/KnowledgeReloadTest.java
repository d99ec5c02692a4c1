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
import io.frontline.decision.Decision;
import io.frontline.decision.StaffLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload with real files: the watcher sees a change in a copy of the sample knowledge, the
 * next message is answered with it; a broken change is refused with file:line and the last good
 * knowledge keeps answering.
 */
class KnowledgeReloadTest {

  private static final String QUESTION = "How much is a 19 litre bottle of water?";

  @TempDir Path dir;

  private Path knowledge;
  private KnowledgeReloader reloader;
  private final BlockingQueue<KnowledgeReloader.Outcome> outcomes = new LinkedBlockingQueue<>();
  private ScheduledExecutorService scheduler;
  private KnowledgeWatcher watcher;
  private final CachedStateStore states = new CachedStateStore(1_000, Duration.ofHours(1));

  @BeforeEach
  void copySampleAndWatch() throws IOException {
    knowledge = dir.resolve("knowledge");
    Folders.copy(Path.of("../knowledge"), knowledge);
    Optional<Path> prompts = Optional.of(Path.of("../prompts"));
    reloader =
        new KnowledgeReloader(
            Frontline.load(knowledge, prompts), f -> f.pipelines(StaffLoad.NONE, DecisionObserver.NONE), knowledge,
            prompts, Clock.systemUTC());
    reloader.onReload(outcomes::add);
    scheduler = Executors.newSingleThreadScheduledExecutor();
    watcher =
        KnowledgeWatcher.start(
            List.of(knowledge), reloader, Executors.newSingleThreadExecutor(), scheduler, Duration.ofMillis(300));
  }

  @AfterEach
  void stop() {
    watcher.close();
    scheduler.shutdownNow();
  }

  private Decision ask(String text) {
    List<Outgoing> sent = new ArrayList<>();
    Conversations c = reloader.conversations().apply(states, sent::add);
    return c.handle(new ChatId(42), new ClientMessage(text, ClientInfo.ANONYMOUS, Instant.parse("2026-11-24T09:00:00Z")));
  }

  private KnowledgeReloader.Outcome nextOutcome() throws InterruptedException {
    KnowledgeReloader.Outcome o = outcomes.poll(60, TimeUnit.SECONDS);
    assertThat(o).as("a reload within 60 s of the change").isNotNull();
    return o;
  }

  /** Edits the first {@code price: 100} (the 19 L bottle) in the catalog. */
  private void setBottlePrice(String value) throws IOException {
    Path catalog = knowledge.resolve("catalog.yaml");
    String text = Files.readString(catalog);
    int at = text.indexOf("    price: ");
    int end = text.indexOf('\n', at);
    Files.writeString(catalog, text.substring(0, at) + "    price: " + value + text.substring(end));
  }

  @Test
  void aValidChangeAnswersTheNextMessageAndABrokenOneIsRefusedWithFileAndLine() throws Exception {
    assertThat(ask(QUESTION).reply()).contains("artesian").doesNotContain("glacier");

    Path catalog = knowledge.resolve("catalog.yaml");
    Files.writeString(catalog, Files.readString(catalog).replace("from our artesian well", "from our glacier spring"));
    KnowledgeReloader.Outcome applied = nextOutcome();
    assertThat(applied.applied()).as(applied.describe()).isTrue();
    assertThat(applied.trigger()).isEqualTo("file change");
    assertThat(ask(QUESTION).reply()).contains("glacier spring");

    setBottlePrice("a lot");
    KnowledgeReloader.Outcome refused = nextOutcome();
    assertThat(refused.applied()).isFalse();
    assertThat(refused.errors()).isNotEmpty();
    assertThat(refused.describe()).contains("refused").containsPattern("catalog\\.yaml:\\d+: error");
    assertThat(refused.errors().get(0).line()).isPositive();
    // The last good knowledge still answers.
    assertThat(ask(QUESTION).reply()).contains("glacier spring").contains("100");
    assertThat(reloader.last()).contains(refused);
  }

  @Test
  void aBurstOfEventsIsReadOnce() throws Exception {
    for (int i = 0; i < 50; i++) {
      watcher.changed();
    }
    KnowledgeReloader.Outcome o = nextOutcome();
    assertThat(o.applied()).isTrue();
    assertThat(outcomes).as("one reload for the whole burst").isEmpty();
    assertThat(watcher.pending()).as("nothing else scheduled").isFalse();
  }

  @Test
  void reloadOnDemandDoesTheSameAsAFileChange() {
    KnowledgeReloader.Outcome o = reloader.reload("/reload by anna");
    assertThat(o.applied()).isTrue();
    assertThat(o.describe()).contains("/reload by anna");
  }
}
