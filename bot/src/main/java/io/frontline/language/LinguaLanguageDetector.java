package io.frontline.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Language detection with Lingua, limited to the languages the bot speaks plus the neighbours it
 * must tell them apart from: without French in the set, a French message would be "detected" as
 * English and answered in the wrong language.
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
    this.lingua = LanguageDetectorBuilder.fromIsoCodes639_1(codes).build();
  }

  @Override
  public Optional<Detection> detect(String text) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<Language, Double> best = null;
    double total = 0;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      total += e.getValue();
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    if (best.getKey() == Language.UNKNOWN || total <= 0) {
      return Optional.empty();
    }
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return Optional.of(new Detection(code, best.getValue() / total));
  }
}
