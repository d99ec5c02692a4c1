package io.frontline.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Language detection with Lingua, limited to the languages the bot speaks plus the neighbours it
 * must tell them apart from: without French in the set, a French message would be "detected" as
 * English and answered in the wrong language.
 *
 * <p>Low-accuracy mode (trigrams only): measured here, high accuracy needs 590 MB of heap and 34 s
 * of model loading for these 18 languages against 33 MB and 1.5 s, and is no faster per call.
 * Short messages, where high accuracy would matter, are decided by {@link LanguageChoice} from
 * other evidence before detection is asked.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

  /** Keep in sync with the lingua filter in bot/pom.xml, which ships only these models. */
  public static final List<String> DETECTABLE =
      List.of(
          "en", "uk", "ru", "hu", "pl", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "ro", "bg",
          "be", "tr", "sv");

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  public LinguaLanguageDetector() {
    IsoCode639_1[] codes =
        DETECTABLE.stream()
            .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
            .toArray(IsoCode639_1[]::new);
    this.lingua =
        LanguageDetectorBuilder.fromIsoCodes639_1(codes)
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();
  }

  /**
   * Lingua 1.2 rates the best language 1.0 and the others relative to it, so the confidence here is
   * the relative distance to the runner-up: 0 when two languages are equally likely.
   */
  @Override
  public Optional<Detection> detect(String text) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Map.Entry<Language, Double> best = it.next();
    if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
      return Optional.empty();
    }
    double second = it.hasNext() ? it.next().getValue() : 0;
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return Optional.of(new Detection(code, 1 - second / best.getValue()));
  }
}
