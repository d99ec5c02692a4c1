package io.frontline.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Remembers detections: clients write "hello", "thanks", "ok" again and again, and detection is
 * the most expensive step of a decision. Bounded, so memory stays flat.
 */
public final class CachedLanguageDetector implements LanguageDetector {

  private final LanguageDetector delegate;
  private final Cache<String, Optional<Detection>> cache;

  public CachedLanguageDetector(LanguageDetector delegate, long maxEntries) {
    this.delegate = delegate;
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
  }

  @Override
  public Optional<Detection> detect(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return cache.get(text, delegate::detect);
  }
}
