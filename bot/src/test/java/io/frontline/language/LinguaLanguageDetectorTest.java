package io.frontline.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinguaLanguageDetectorTest {

  static LanguageDetector detector;

  @BeforeAll
  static void detector() {
    detector = Frontline.detector();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|How much does a 19 litre bottle of drinking water cost with delivery?",
        "ru|Сколько стоит бутыль питьевой воды на 19 литров с доставкой?",
        "uk|Скільки коштує бутель питної води на 19 літрів з доставкою?",
        "pl|Ile kosztuje butla wody pitnej 19 litrów z dostawą do domu?",
        "hu|Mennyibe kerül egy 19 literes ballon ivóvíz házhoz szállítással?",
        "de|Wie viel kostet eine 19-Liter-Flasche Trinkwasser mit Lieferung?",
      })
  void detectsEveryLanguageTheBotSpeaks(String lang, String text) {
    assertThat(detector.detect(text)).hasValueSatisfying(d -> assertThat(d.language()).isEqualTo(lang));
  }

  /**
   * The confidence is the relative distance to the runner-up language. LanguageChoice trusts a
   * detection from 0.10, LanguageGuard refuses a reply from 0.10: a long unambiguous sentence must
   * be well above that, or the guard never refuses anything and the choice never trusts detection.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|A 19 litre bottle of drinking water costs 100 UAH with delivery to your door on any floor.",
        "ru|Бутыль питьевой воды на 19 литров стоит 100 гривен с доставкой до двери на любой этаж.",
        "uk|Бутель питної води на 19 літрів коштує 100 гривень з доставкою до дверей на будь-який поверх.",
        "de|Eine 19-Liter-Flasche Trinkwasser kostet 100 Hrywnja mit Lieferung bis an Ihre Tür in jedes Stockwerk.",
        "pl|Butla wody pitnej 19 litrów kosztuje 100 hrywien z dostawą pod drzwi na każde piętro.",
        "hu|Egy 19 literes ballon ivóvíz ára 100 hrivnya, házhoz szállítással bármelyik emeletre.",
      })
  void confidenceOfAClearLongSentenceIsWellAboveTheThresholds(String lang, String text) {
    assertThat(detector.detect(text))
        .hasValueSatisfying(
            d -> {
              assertThat(d.language()).isEqualTo(lang);
              assertThat(d.confidence()).isBetween(0.15, 1.0);
            });
  }

  @Test
  void aSingleAmbiguousWordIsUnsure() {
    // "Hello" is English, German ("Hallo") and more: no detector should be sure of it
    detector.detect("Hello").ifPresent(d -> assertThat(d.confidence()).isLessThan(0.1));
  }

  @Test
  void confidenceIsAProbability() {
    for (String text : new String[] {"ok", "да", "Thank you very much", "Дякую", "Köszönöm szépen", "Danke"}) {
      detector.detect(text).ifPresent(d -> assertThat(d.confidence()).as(text).isBetween(0.0, 1.0));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "12345", "+380 31 261 0000", "😀👍", "?!..."})
  void noLettersNoLanguage(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }

  @Test
  void nullIsNoLanguage() {
    assertThat(detector.detect(null)).isEmpty();
  }

  @Test
  void frenchIsNotMistakenForEnglish() {
    // neighbours are in the model set so that they are not "detected" as a language the bot speaks
    assertThat(detector.detect("Combien coûte une bouteille d'eau potable de dix-neuf litres avec la livraison ?"))
        .hasValueSatisfying(d -> assertThat(d.language()).isEqualTo("fr"));
  }
}
