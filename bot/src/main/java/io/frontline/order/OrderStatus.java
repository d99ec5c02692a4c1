package io.frontline.order;

import java.util.Locale;
import java.util.Optional;

/** Where an order is: placed by the client, then done (delivered) or cancelled by staff. */
public enum OrderStatus {
  PLACED,
  DONE,
  CANCELLED;

  /** The name stored in the database and used in staff commands. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OrderStatus> fromKey(String key) {
    try {
      return Optional.of(valueOf(key.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
