package io.frontline.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Transactions of many threads, committed together where the database has one writer.
 *
 * <p>SQLite lets one transaction write at a time and makes each commit durable with an fsync, so a
 * busy bot (journal, one transaction per update, outbox claims and confirmations) queues behind its
 * own fsyncs. Here the threads that want to write at the same moment are served by one of them, the
 * leader, in ONE transaction: each thread's work runs behind a savepoint of its own, so work that
 * throws is undone alone and its thread gets the exception, while the others' work commits. No
 * thread learns its work succeeded before the commit did; if the commit fails, every thread of that
 * round gets the failure and nothing of it was written. Writers never meet inside SQLite's busy
 * handler either (which sleeps and polls).
 *
 * <p>On PostgreSQL, which lets writers of different rows go ahead at once, {@link #run} is simply
 * {@link Database#inTransaction}.
 *
 * <p>Work may call any store method (it joins the shared transaction), but must not wait for other
 * threads' store work: it runs on the leader's thread, while they wait for it.
 */
public final class GroupCommit {

  /** The most threads' work one transaction takes; the rest go in the next round. */
  static final int MAX_ROUND = 64;

  private final Database db;
  private final boolean grouped;
  private final ArrayDeque<Job<?>> queue = new ArrayDeque<>();
  private final ThreadLocal<Boolean> leading = ThreadLocal.withInitial(() -> false);
  private boolean leader;
  private long rounds;
  private long jobs;

  GroupCommit(Database db, boolean grouped) {
    this.db = db;
    this.grouped = grouped;
  }

  /**
   * Runs {@code work} in a transaction, maybe shared with other threads' work, and returns its
   * result once that transaction has committed.
   *
   * @throws RuntimeException what {@code work} threw (its writes are undone), or the commit's failure
   */
  public <T> T run(Supplier<T> work) {
    if (!grouped) {
      synchronized (this) {
        rounds++;
        jobs++;
      }
      return db.inTransaction(work);
    }
    if (leading.get()) {
      return db.inTransaction(work); // called from work in this round: it joins the transaction
    }
    Job<T> job = new Job<>(work);
    boolean lead;
    synchronized (this) {
      queue.addLast(job);
      lead = !leader;
      leader = true;
      notifyAll();
    }
    if (lead) {
      lead();
    }
    return job.await(this::lead);
  }

  /** {@link #run(Supplier)} for work that returns nothing. */
  public void run(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        });
  }

  /** Rounds committed and jobs they held, since the start: jobs / rounds is the grouping achieved. */
  public synchronized long[] stats() {
    return new long[] {rounds, jobs};
  }

  /** Waits until {@code n} jobs wait for a round (tests); false if {@code timeout} passed first. */
  synchronized boolean awaitQueued(int n, java.time.Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (queue.size() < n) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /**
   * One round: everything queued (up to {@link #MAX_ROUND}) in one transaction. Then the leadership
   * passes to the oldest waiting job's thread, so no thread works for the others for long.
   */
  private void lead() {
    List<Job<?>> round = new ArrayList<>();
    synchronized (this) {
      while (!queue.isEmpty() && round.size() < MAX_ROUND) {
        round.add(queue.pollFirst());
      }
      rounds++;
      jobs += round.size();
    }
    leading.set(true);
    try {
      db.inTransaction(
          () -> {
            for (Job<?> j : round) {
              j.runIn(db);
            }
          });
      round.forEach(Job::committed);
    } catch (RuntimeException | Error e) {
      round.forEach(j -> j.failed(e));
    } finally {
      leading.set(false);
      Job<?> next;
      synchronized (this) {
        next = queue.peekFirst();
        if (next == null) {
          leader = false;
        }
      }
      if (next != null) {
        next.promote();
      }
    }
  }

  private static final class Job<T> {
    private final Supplier<T> work;
    private T result;
    private Throwable error;
    private boolean done;
    private boolean promoted;
    private boolean interrupted;

    Job(Supplier<T> work) {
      this.work = work;
    }

    /** On the leader's thread, inside the round's transaction. */
    void runIn(Database db) {
      try {
        result = db.inSavepoint(work);
      } catch (Database.BrokenTransaction e) {
        throw e; // the whole round fails
      } catch (RuntimeException | Error e) {
        error = e;
      }
    }

    synchronized void committed() {
      done = true;
      notifyAll();
    }

    synchronized void failed(Throwable e) {
      if (error == null) {
        error = e;
      }
      result = null;
      done = true;
      notifyAll();
    }

    synchronized void promote() {
      promoted = true;
      notifyAll();
    }

    /** Waits for this job's round; leads a round when asked to. */
    T await(Runnable lead) {
      while (true) {
        boolean leadNow;
        synchronized (this) {
          while (!done && !promoted) {
            try {
              wait();
            } catch (InterruptedException e) {
              // The work may be committed by now or soon; the caller must learn which, so wait on
              // and pass the interrupt on afterwards.
              interrupted = true;
            }
          }
          leadNow = !done;
          promoted = false;
        }
        if (!leadNow) {
          break;
        }
        lead.run();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (error instanceof RuntimeException r) {
        throw r;
      }
      if (error instanceof Error e) {
        throw e;
      }
      return result;
    }
  }
}
