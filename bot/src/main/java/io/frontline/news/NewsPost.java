package io.frontline.news;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A news post staff wrote with {@code /news}.
 *
 * @param body the text for clients whose language has no translation
 * @param translations language code to text
 * @param recipients how many clients it was sent to, once sent
 */
public record NewsPost(
    long id, String author, String body, Map<String, String> translations, Status status,
    Optional<Integer> recipients, Instant createdAt) {

  public NewsPost {
    Objects.requireNonNull(body, "body");
    translations = Map.copyOf(translations);
  }

  /** A draft waits for staff to confirm or drop it; only a draft is ever sent, once. */
  public enum Status {
    DRAFT, SENT, CANCELLED;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status of(String key) {
      return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The text for a client speaking {@code language}: its translation, else the body. */
  public String textFor(String language) {
    return translations.getOrDefault(language, body);
  }
}
