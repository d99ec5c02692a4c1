package io.frontline.language;

import java.util.Optional;

/** Tells which language a text is written in. Implementations must be thread-safe. */
public interface LanguageDetector {

  /** The most likely language (ISO 639-1 code) and how sure the detector is, from 0 to 1. */
  record Detection(String language, double confidence) {}

  /** Empty when the text has no letters or the detector cannot tell. */
  Optional<Detection> detect(String text);
}
