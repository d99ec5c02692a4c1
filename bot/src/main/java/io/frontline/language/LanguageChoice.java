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

  /** Relative distance to the runner-up language above which a detection is trusted. */
  private static final double SURE = 0.10;
  /** What it takes to leave the conversation's language on a message shorter than a sentence. */
  private static final double SWITCH = 0.30;
  private static final int LONG_MESSAGE_WORDS = 7;

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
   * @param lexicon languages whose phrases (greetings, thanks…) the message contains
   */
  public String choose(
      String text,
      int wordCount,
      Optional<String> previous,
      Optional<String> hint,
      Set<String> lexicon) {
    Optional<String> letters = DistinctiveLetters.guess(text, spoken);
    if (letters.isPresent()) {
      if (Script.of(text) == Script.LATIN && wordCount >= LONG_MESSAGE_WORDS) {
        // "25 vouchers of 200 zł", "a salon in Kraków": in a long message a Polish or Hungarian
        // letter may be a currency or a place name; a detector sure of another language wins.
        Optional<LanguageDetector.Detection> d = detector.detect(text);
        if (d.isPresent() && d.get().confidence() >= SURE && !d.get().language().equals(letters.get())
            && spoken.contains(d.get().language())) {
          return d.get().language();
        }
      }
      return letters.get();
    }
    // "Можно скидку?" after English messages cannot be English: candidates must share the script.
    Script script = Script.of(text);
    // The reverse does not hold: "ok" in Latin letters is still a Russian speaker's "ok".
    Optional<String> prev =
        previous.filter(spoken::contains).filter(l -> script != Script.CYRILLIC || script.fits(l));
    Optional<String> tg =
        hint.map(LanguageChoice::base).filter(spoken::contains).filter(l -> script.fits(l));
    Set<String> phrases = new java.util.TreeSet<>(lexicon);
    phrases.removeIf(l -> !spoken.contains(l) || !script.fits(l));
    Optional<String> fromLexicon = Optional.empty();
    if (phrases.size() == 1) {
      fromLexicon = phrases.stream().findFirst();
    } else if (phrases.size() > 1) {
      // "hello" is also Hungarian: among the languages whose phrases match, prefer the one the
      // client's app uses, then the company's default.
      fromLexicon = tg.filter(phrases::contains).or(() -> Optional.of(defaultLanguage).filter(phrases::contains));
    }
    if (wordCount >= SHORT_MESSAGE_WORDS) {
      Optional<LanguageDetector.Detection> d = detector.detect(text);
      // Mid-conversation, a short message switches language only on strong evidence: trigram
      // statistics on five words are easily fooled ("A woda z magnezem?" reads as English).
      double needed = prev.isPresent() && wordCount < LONG_MESSAGE_WORDS ? SWITCH : SURE;
      if (d.isPresent() && d.get().confidence() >= needed && !lexiconContradicts(d.get(), lexicon)) {
        return spoken.contains(d.get().language()) ? d.get().language() : defaultLanguage;
      }
      if (prev.isPresent()) {
        return prev.get();
      }
      if (fromLexicon.isPresent()) {
        return fromLexicon.get();
      }
      if (d.isPresent()) {
        if (tg.isPresent() && d.get().confidence() < SURE) {
          return tg.get();
        }
        return spoken.contains(d.get().language()) ? d.get().language() : defaultLanguage;
      }
    }
    // A word or two: keep the conversation's language; else trust the phrases the client used,
    // then the language of their Telegram app.
    if (prev.isPresent()) {
      return prev.get();
    }
    if (fromLexicon.isPresent()) {
      return fromLexicon.get();
    }
    if (tg.isPresent()) {
      return tg.get();
    }
    return detector
        .detect(text)
        .map(d -> spoken.contains(d.language()) ? d.language() : script.fallback(spoken, defaultLanguage))
        .orElse(script.fallback(spoken, defaultLanguage));
  }

  /** Phrases the client used say one of our languages, the detector another: trust the phrases. */
  private boolean lexiconContradicts(LanguageDetector.Detection d, Set<String> lexicon) {
    return lexicon.size() == 1 && !lexicon.contains(d.language()) && spoken.containsAll(lexicon);
  }

  /** Whether the text is, with confidence, in a language the bot does not speak. */
  public boolean isForeign(String text, int wordCount) {
    if (wordCount < SHORT_MESSAGE_WORDS || DistinctiveLetters.guess(text, spoken).isPresent()) {
      return false;
    }
    return detector
        .detect(text)
        .filter(d -> d.confidence() >= SWITCH)
        .map(d -> !spoken.contains(d.language()))
        .orElse(false);
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
