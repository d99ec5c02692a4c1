package io.frontline.store;

import java.util.Locale;

/** Who wrote a message in the transcript. */
public enum Direction {
  /** The client. */
  IN,
  /** The bot. */
  OUT,
  /** A person of the company, who took over the chat. */
  STAFF;

  /** The name stored in the database. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Direction fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
