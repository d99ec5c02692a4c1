package io.frontline.wording;

import java.util.Locale;
import java.util.Optional;

/** What a client's words mean, independent of their language. Names match prompts/signals keys. */
public enum Signal {
  GREETING,
  THANKS,
  BYE,
  SMALLTALK,
  HUMAN,
  COMPLAINT,
  REFUND,
  DELIVERY_PROBLEM,
  /** Something bought from us is broken, faulty or does not work: the service engineer's. */
  EQUIPMENT,
  /** A payment or invoice problem: charged twice, a wrong invoice. */
  BILLING,
  /** When we are open: "are you open today?", "do you work on Saturday?". */
  HOURS,
  LEGAL,
  CORPORATE,
  DISCOUNT,
  PRICE,
  /** "I have a question", "can you help me": a request still to come. */
  QUESTION,
  YES,
  NO,
  RUDE,
  SOURCE_FRIEND,
  SOURCE_SEARCH,
  SOURCE_MAP,
  SOURCE_AD,
  SOURCE_CLIENT,
  SOURCE_WRONG,
  /** "I'd like to order", "хочу заказать": the client wants to place an order now. */
  ORDER,
  /** "Where is my order?", "когда привезут?". */
  ORDER_STATUS,
  /** "The same as last time", "как в прошлый раз". */
  SAME_AGAIN,
  /**
   * "I am", "я", "jestem": the client saying who they are. "I'm the manager of a building firm"
   * names a role without asking for one.
   */
  SELF,
  /** "And …?", "what about …?", "а …?": a message that goes on from the last answer. */
  FOLLOW_UP,
  /** "I'd like to book", "umówić się", "записаться": a visit or an appointment, not a delivery. */
  BOOKING;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Signal> fromKey(String key) {
    try {
      return Optional.of(valueOf(key.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Signals that are pure conversation manners: stripped before searching the knowledge. */
  public boolean isCourtesy() {
    return this == GREETING || this == THANKS || this == BYE || this == SMALLTALK;
  }

  /**
   * "I am", "and", "а": words in most sentences of their language and common to several ("a" is
   * Polish and Hungarian), so they say nothing about which language a message is in.
   */
  public boolean isFunctionWords() {
    return this == SELF || this == FOLLOW_UP;
  }

  public boolean isSource() {
    return name().startsWith("SOURCE_");
  }
}
