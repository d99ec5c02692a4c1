package io.frontline.guard;

import io.frontline.decision.Decision;
import io.frontline.knowledge.LanguageFallback;
import io.frontline.language.LanguageDetector;
import io.frontline.text.Words;

/**
 * The reply must be in the language the decision chose for the client. Short replies say too
 * little about their language to judge, so they pass. In deterministic mode the knowledge may lack
 * a translation and the nearest language the company wrote it in ({@link LanguageFallback}: a
 * sibling language, English, the default) is the honest fallback; a model has no such excuse, so
 * the LLM engine runs this guard strictly.
 */
public final class LanguageGuard implements ReplyGuard {

  public static final String NAME = "language";
  private static final int MIN_WORDS = 6;
  /**
   * The detector's confidence is the relative distance to the runner-up language (see
   * LinguaLanguageDetector): a clear sentence scores about 0.2 to 0.45, the bot's own phrases in
   * their own language never score below 0.06 and its misread ones never above 0.04.
   */
  private static final double SURE = 0.1;

  private final LanguageDetector detector;
  private final String defaultLanguage;
  private final boolean allowDefault;

  public LanguageGuard(LanguageDetector detector, String defaultLanguage, boolean allowDefault) {
    this.detector = detector;
    this.defaultLanguage = defaultLanguage;
    this.allowDefault = allowDefault;
  }

  @Override
  public Verdict check(Decision decision) {
    String text = decision.reply();
    if (Words.of(text).size() < MIN_WORDS) {
      return Verdict.PASS;
    }
    return detector
        .detect(text)
        .filter(d -> d.confidence() >= SURE)
        .filter(d -> !d.language().equals(decision.language()))
        .filter(d -> !(allowDefault && LanguageFallback.chain(decision.language(), defaultLanguage).contains(d.language())))
        .map(d -> Verdict.reject(NAME, "reply is in " + d.language() + ", the client's language is " + decision.language()))
        .orElse(Verdict.PASS);
  }
}
