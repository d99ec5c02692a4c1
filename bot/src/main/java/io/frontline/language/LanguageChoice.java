package io.frontline.language;

import java.util.Optional;
import java.util.Set;

/**
 * Picks the language of the bot's reply: the client's language when the bot has wording for it,
 * otherwise the company's default. Short messages ("ok", "да") say little about their language, so
 * there the conversation's language and Telegram's language_code weigh more than detection.
 */
public final class LanguageChoice {

  /** Below this many words a detection is only trusted when it is very sure. */
  private static final int SHORT_MESSAGE_WORDS = 3;

  private static final double SURE = 0.80;

  private final LanguageDetector detector;
  private final Set<String> spoken;
  private final String defaultLanguage;

  public LanguageChoice(LanguageDetector detector, Set<String> spoken, String defaultLanguage) {
    this.detector = detector;
    this.spoken = Set.copyOf(spoken);
    this.defaultLanguage = defaultLanguage;
  }

  /**
   * @param text the client's cleaned text
   * @param wordCount how many words it has
   * @param previous the language of this conversation so far, if any
   * @param hint the client's Telegram language_code, if any
   */
  public String choose(
      String text, int wordCount, Optional<String> previous, Optional<String> hint) {
    Optional<LanguageDetector.Detection> detected = detector.detect(text);
    Optional<String> prev = previous.filter(spoken::contains);
    Optional<String> tg = hint.map(LanguageChoice::base).filter(spoken::contains);
    if (detected.isPresent()) {
      LanguageDetector.Detection d = detected.get();
      boolean longEnough = wordCount >= SHORT_MESSAGE_WORDS;
      if ((longEnough && d.confidence() >= 0.5) || d.confidence() >= SURE) {
        return spoken.contains(d.language()) ? d.language() : defaultLanguage;
      }
      if (prev.isPresent()) {
        return prev.get();
      }
      if (tg.isPresent()) {
        return tg.get();
      }
      if (spoken.contains(d.language())) {
        return d.language();
      }
      return defaultLanguage;
    }
    return prev.or(() -> tg).orElse(defaultLanguage);
  }

  /** {@code pt-br} -> {@code pt}: Telegram sends IETF tags. */
  private static String base(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }

  public Set<String> spoken() {
    return spoken;
  }

  public String defaultLanguage() {
    return defaultLanguage;
  }
}
