package io.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageFallbackTest {

  @ParameterizedTest
  @CsvSource({
    "ru, hu, 'ru,uk,en,hu'",
    "uk, pl, 'uk,ru,en,pl'",
    "hu, pl, 'hu,en,pl'",
    "de, de, 'de,en'",
    "en, hu, 'en,hu'",
    "en, en, 'en'",
    "ru, uk, 'ru,uk,en'",
    "uk, en, 'uk,ru,en'",
    "pl, ru, 'pl,en,ru'",
  })
  void languageThenSiblingThenEnglishThenDefaultWithoutRepeats(String language, String defaultLanguage, String expected) {
    assertThat(LanguageFallback.chain(language, defaultLanguage)).containsExactly(expected.split(","));
  }

  @Test
  void theChainCannotBeChanged() {
    List<String> chain = LanguageFallback.chain("ru", "hu");

    assertThatThrownBy(() -> chain.add("de")).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- LocalizedText.in follows the chain ----

  private static final LocalizedText UK_EN_HU = new LocalizedText(Map.of("uk", "Привіт", "en", "Hello", "hu", "Szia"));

  @Test
  void theClientsOwnLanguageFirst() {
    assertThat(UK_EN_HU.in("hu", "en")).isEqualTo("Szia");
    assertThat(UK_EN_HU.in("en", "hu")).isEqualTo("Hello");
  }

  @Test
  void aRussianSpeakerReadsUkrainianBeforeEnglish() {
    assertThat(UK_EN_HU.in("ru", "hu")).isEqualTo("Привіт");
    assertThat(new LocalizedText(Map.of("ru", "Привет", "en", "Hello")).in("uk", "en")).isEqualTo("Привет");
  }

  @Test
  void englishComesBeforeTheCompanysDefaultLanguage() {
    assertThat(UK_EN_HU.in("pl", "hu")).isEqualTo("Hello");
    assertThat(UK_EN_HU.in("de", "hu")).isEqualTo("Hello");
  }

  @Test
  void theDefaultLanguageWhenThereIsNoEnglish() {
    LocalizedText text = new LocalizedText(Map.of("hu", "Szia", "pl", "Cześć"));

    assertThat(text.in("de", "pl")).isEqualTo("Cześć");
    assertThat(text.in("de", "hu")).isEqualTo("Szia");
    assertThat(text.in("ru", "pl")).as("no Ukrainian, no English").isEqualTo("Cześć");
  }

  @Test
  void anyTextWhenNoLanguageOfTheChainHasOne() {
    assertThat(LocalizedText.of("fr", "Bonjour").in("de", "hu")).isEqualTo("Bonjour");
    assertThat(LocalizedText.EMPTY.in("en", "en")).isEmpty();
  }
}
