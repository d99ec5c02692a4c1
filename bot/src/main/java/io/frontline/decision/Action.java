package io.frontline.decision;

import java.util.Locale;
import java.util.Optional;

/** The five things the bot can do with a client's message. */
public enum Action {
  /** Answer from the knowledge (or, for courtesy, from the bot's own wording). */
  ANSWER,
  /** Ask one short question. */
  CLARIFY,
  /** Outside our scope; a trusted partner covers it. */
  REFER,
  /** Outside our scope and nobody we trust covers it: say what we do, stay warm. */
  DECLINE,
  /** A named person takes over in this same chat. */
  ESCALATE;

  /** The name used in scenario files, JSON and statistics. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Action> fromKey(String key) {
    try {
      return Optional.of(valueOf(key.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
