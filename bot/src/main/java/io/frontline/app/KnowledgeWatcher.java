package io.frontline.app;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder (and its subfolders, and an edited prompts folder) and asks the
 * {@link KnowledgeReloader} to reload once a burst of file events has settled: an editor's save, a
 * {@code git pull} or an {@code rsync} touch many files within milliseconds, and the knowledge
 * must be read once, after the last of them. Each event restarts a quiet period; the reload runs
 * when {@code quiet} passes without one. The reloader validates, so a half-copied folder that
 * still shows up is refused and the next event brings the finished one.
 *
 * <p>File events alone can stop for good: a deployment that swaps a symlink to a new release, or
 * deletes the folder and creates it again, leaves the watch on a folder that no longer is the
 * knowledge. So a watch that ends is registered again, and a periodic check of the files'
 * {@linkplain KnowledgeFingerprint fingerprint} catches whatever the events missed.
 */
public final class KnowledgeWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);

  private final WatchService watcher;
  private final KnowledgeReloader reloader;
  private final ExecutorService loop;
  private final ScheduledExecutorService scheduler;
  private final Duration quiet;
  private final List<Path> folders;
  private volatile String fingerprint;
  private ScheduledFuture<?> pending;
  private volatile ScheduledFuture<?> checker;
  private volatile boolean closed;

  private KnowledgeWatcher(
      WatchService watcher, KnowledgeReloader reloader, ExecutorService loop, ScheduledExecutorService scheduler,
      Duration quiet, List<Path> folders) {
    this.folders = List.copyOf(folders);
    this.fingerprint = KnowledgeFingerprint.of(folders);
    this.watcher = watcher;
    this.reloader = reloader;
    this.loop = loop;
    this.scheduler = scheduler;
    this.quiet = quiet;
  }

  /**
   * Starts watching {@code folders}; the watch loop runs on {@code loop}, reloads on
   * {@code scheduler}. Closing the watcher stops both.
   */
  public static KnowledgeWatcher start(
      List<Path> folders, KnowledgeReloader reloader, ExecutorService loop, ScheduledExecutorService scheduler,
      Duration quiet) {
    return start(folders, reloader, loop, scheduler, quiet, CHECK_EVERY);
  }

  /** How often the files' fingerprint is compared, whatever the file events said. */
  static final Duration CHECK_EVERY = Duration.ofSeconds(10);

  static KnowledgeWatcher start(
      List<Path> folders, KnowledgeReloader reloader, ExecutorService loop, ScheduledExecutorService scheduler,
      Duration quiet, Duration checkEvery) {
    if (folders.isEmpty()) {
      throw new IllegalArgumentException("no folder to watch");
    }
    WatchService ws;
    try {
      ws = folders.get(0).getFileSystem().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folders, e);
    }
    KnowledgeWatcher w = new KnowledgeWatcher(ws, reloader, loop, scheduler, quiet, folders);
    for (Path f : folders) {
      w.registerTree(f);
    }
    loop.execute(w::run);
    w.checker =
        scheduler.scheduleWithFixedDelay(w::check, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("watching {} for knowledge changes", folders);
    return w;
  }

  private void registerTree(Path root) {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + root, e);
    }
  }

  private void run() {
    while (!closed) {
      WatchKey key;
      try {
        key = watcher.take();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
      Path dir = (Path) key.watchable();
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
          Path created = dir.resolve(name);
          if (Files.isDirectory(created)) {
            try {
              registerTree(created);
            } catch (UncheckedIOException e) {
              LOG.warn("cannot watch the new folder {}: {}", created, e.getMessage());
            }
          }
        }
        if (event.kind() == OVERFLOW) {
          LOG.debug("file events overflowed; reloading anyway");
        }
      }
      if (!key.reset()) {
        // The folder is gone (deleted, or replaced under a symlink): watch what is there now.
        LOG.warn("the watch on {} ended (the folder was deleted or replaced); watching the knowledge again", dir);
        rewatch();
      }
      changed();
    }
  }

  /** Registers the folders again as they are now (a new real folder behind a symlink). */
  private void rewatch() {
    for (Path f : folders) {
      if (!Files.isDirectory(f)) {
        continue; // not back yet: the periodic check sees it when it is
      }
      try {
        registerTree(f.toRealPath());
      } catch (IOException | UncheckedIOException e) {
        LOG.warn("cannot watch {} again yet: {}", f, e.getMessage());
      }
    }
  }

  /** The periodic check: files that changed without an event (or after the watch ended) reload too. */
  private void check() {
    try {
      String now = KnowledgeFingerprint.of(folders);
      if (now.equals(fingerprint) || now.equals(KnowledgeFingerprint.UNREADABLE)) {
        return;
      }
      LOG.info("the knowledge files changed without a file event (a folder replaced?); reloading");
      rewatch();
      changed();
    } catch (RuntimeException e) {
      LOG.warn("checking the knowledge files failed: {}", e.toString());
    }
  }

  /** A file changed: (re)start the quiet period. */
  synchronized void changed() {
    if (closed) {
      return;
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(this::reload, quiet.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether a reload waits for its quiet period to end. */
  synchronized boolean pending() {
    return pending != null;
  }

  private void reload() {
    synchronized (this) {
      if (closed) {
        return;
      }
      pending = null;
    }
    // Taken before reading: a change made while the reload reads is seen by the next check.
    fingerprint = KnowledgeFingerprint.of(folders);
    reloader.reload("file change");
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (pending != null) {
        pending.cancel(false);
      }
      if (checker != null) {
        checker.cancel(false);
      }
    }
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service: {}", e.toString());
    }
    loop.shutdownNow();
  }
}
