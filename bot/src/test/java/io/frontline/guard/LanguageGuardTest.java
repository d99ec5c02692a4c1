package io.frontline.guard;

import static io.frontline.guard.GuardFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import io.frontline.language.LanguageDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With the real Lingua detector, as the app wires it (Frontline.detector(): one per process). */
class LanguageGuardTest {

  static LanguageDetector detector;

  static final String RU = "Бутыль питьевой воды 19 литров стоит 100 гривен с доставкой до двери.";
  static final String EN = "A 19 litre bottle of drinking water costs 100 UAH with delivery to your door.";

  @BeforeAll
  static void detector() {
    detector = Frontline.detector();
  }

  @Test
  void russianReplyForAnEnglishClientIsRejected() {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    Verdict v = strict.check(answer("en", RU));
    assertThat(v.passed()).isFalse();
    assertThat(v.guard()).isEqualTo(LanguageGuard.NAME);
    assertThat(v.reason()).isEqualTo("reply is in ru, the client's language is en");
  }

  @Test
  void replyInTheClientsLanguagePasses() {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    assertThat(strict.check(answer("en", EN))).isEqualTo(Verdict.PASS);
    assertThat(strict.check(answer("ru", RU))).isEqualTo(Verdict.PASS);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "uk|Пляшка питної води об'ємом 19 літрів коштує 100 гривень з доставкою до дверей.",
        "pl|Butla wody pitnej o pojemności 19 litrów kosztuje 100 hrywien z dostawą pod drzwi.",
        "hu|Egy 19 literes ballon ivóvíz ára 100 hrivnya, házhoz szállítással együtt.",
        "de|Eine 19-Liter-Flasche Trinkwasser kostet 100 Hrywnja mit Lieferung bis an die Tür.",
      })
  void eachLanguageTheBotSpeaksIsAcceptedForItselfAndRejectedForEnglish(String lang, String reply) {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    assertThat(strict.check(answer(lang, reply))).isEqualTo(Verdict.PASS);
    Verdict v = strict.check(answer("en", reply));
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).startsWith("reply is in " + lang);
  }

  @Test
  void ukrainianReplyForARussianClientIsRejected() {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    assertThat(strict.check(answer("ru", "Пляшка питної води об'ємом 19 літрів коштує 100 гривень з доставкою до дверей."))
            .passed())
        .isFalse();
  }

  @Test
  void shortRepliesPassWhateverTheirLanguage() {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    // fewer than six words say too little about their language
    assertThat(strict.check(answer("en", "Спасибо, до свидания!"))).isEqualTo(Verdict.PASS);
    assertThat(strict.check(answer("ru", "Thank you, goodbye!"))).isEqualTo(Verdict.PASS);
    assertThat(strict.check(answer("en", "Вода: 100 грн за бутыль."))).isEqualTo(Verdict.PASS);
    assertThat(strict.check(answer("en", ""))).isEqualTo(Verdict.PASS);
  }

  @Test
  void defaultLanguageFallbackIsAllowedOnlyWhenAllowed() {
    // the knowledge has no Hungarian text, so the deterministic engine answers in the default, en
    LanguageGuard lenient = new LanguageGuard(detector, "en", true);
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    assertThat(lenient.check(answer("hu", EN))).isEqualTo(Verdict.PASS);
    Verdict v = strict.check(answer("hu", EN));
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).isEqualTo("reply is in en, the client's language is hu");
  }

  @Test
  void lenientStillRejectsALanguageThatIsNeitherTheClientsNorTheDefault() {
    LanguageGuard lenient = new LanguageGuard(detector, "en", true);

    assertThat(lenient.check(answer("en", RU)).passed()).isFalse();
    assertThat(lenient.check(answer("pl", RU)).passed()).isFalse();
  }

  @Test
  void digitsAndSymbolsOnlyPass() {
    LanguageGuard strict = new LanguageGuard(detector, "en", false);

    assertThat(strict.check(answer("en", "+380 31 261 0000, 100 / 90 / 120 / 45 / 1800 ₴"))).isEqualTo(Verdict.PASS);
  }
}
