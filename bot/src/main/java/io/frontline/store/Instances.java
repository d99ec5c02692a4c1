package io.frontline.store;

import java.time.Instant;

/** The bot instances sharing the store, each alive while it keeps saying so. */
public interface Instances {

  /** Instance {@code id} is alive at {@code now}. */
  void beat(String id, Instant now);

  /** Instances seen alive since {@code since}, at least 1 (the caller). */
  int alive(Instant since);

  /** Instance {@code id} stops: the others need not wait for it to time out. */
  void leave(String id);
}
