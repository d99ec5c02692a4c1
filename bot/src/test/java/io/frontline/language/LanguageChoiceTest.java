package io.frontline.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

  static LanguageChoice choice;

  @BeforeAll
  static void load() {
    choice = new LanguageChoice(Frontline.detector(), Set.of("en", "ru", "uk", "pl", "hu", "de"), "pl");
  }

  static String choose(String text) {
    return choice.choose(text, io.frontline.text.Words.of(text).size(), Optional.empty(), Optional.empty(), Set.of());
  }

  /** A currency or a place name with a Polish letter does not make a long English message Polish. */
  @Test
  void aPolishLetterInALongEnglishMessageIsAName() {
    assertThat(choose("Hi, I work in HR at a software company in Kraków. We'd like 25 gift vouchers of 200 zł for our employees."))
        .isEqualTo("en");
  }

  /** In a short message, or one in that language, the letter still settles it. */
  @Test
  void aDistinctiveLetterStillDecidesShortOrPolishMessages() {
    assertThat(choose("ile kosztuje strzyżenie?")).isEqualTo("pl");
    assertThat(choose("Dzień dobry, chciałabym zapytać, ile kosztuje strzyżenie damskie w sobotę rano?")).isEqualTo("pl");
    assertThat(choose("Скільки коштує стрижка для дитини?")).isEqualTo("uk");
  }
}
