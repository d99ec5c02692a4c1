package io.frontline.telegram;

import io.frontline.store.Database;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time, in this process, for a database that allows only one writer anyway
 * (SQLite). Without it, concurrent writers meet inside SQLite, whose busy handler sleeps and polls
 * (1, 2, 5, 10... ms), which on a busy bot costs more than the writes themselves. For PostgreSQL it
 * does nothing: there, writers of different chats go ahead at once.
 */
final class WriteLock {

  private final ReentrantLock lock;

  private WriteLock(ReentrantLock lock) {
    this.lock = lock;
  }

  static WriteLock forDatabase(Database db) {
    return new WriteLock(db.dialect().singleWriter() ? new ReentrantLock() : null);
  }

  static WriteLock none() {
    return new WriteLock(null);
  }

  <T> T run(Supplier<T> write) {
    if (lock == null) {
      return write.get();
    }
    lock.lock();
    try {
      return write.get();
    } finally {
      lock.unlock();
    }
  }

  /** The outbox's writes under this lock (enqueue runs inside a processing transaction, which holds it). */
  io.frontline.store.OutboxStore guard(io.frontline.store.OutboxStore outbox) {
    if (lock == null) {
      return outbox;
    }
    return new io.frontline.store.OutboxStore() {
      @Override
      public boolean enqueue(io.frontline.store.OutboxMessage message) {
        return run(() -> outbox.enqueue(message));
      }

      @Override
      public java.util.List<io.frontline.store.OutboxMessage> due(java.time.Instant now, int limit) {
        return run(() -> outbox.due(now, limit));
      }

      @Override
      public void markSent(long id) {
        run(() -> outbox.markSent(id));
      }

      @Override
      public void retryLater(long id, java.time.Instant when, String error) {
        run(() -> outbox.retryLater(id, when, error));
      }

      @Override
      public void markFailed(long id, String error) {
        run(() -> outbox.markFailed(id, error));
      }

      @Override
      public long depth() {
        return outbox.depth();
      }
    };
  }

  void run(Runnable write) {
    run(
        () -> {
          write.run();
          return null;
        });
  }
}
