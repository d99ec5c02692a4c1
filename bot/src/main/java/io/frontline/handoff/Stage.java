package io.frontline.handoff;

import java.util.Locale;

/** Where a hand-over stands. */
public enum Stage {
  /** The person has it and has not answered yet. */
  WAITING,
  /** The person was reminded; still no answer. */
  REMINDED,
  /** The backup was brought in (and now owns it). */
  BACKUP,
  /** A person has answered the client. */
  ANSWERED,
  /** Handed back to the bot. */
  DONE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stage of(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
