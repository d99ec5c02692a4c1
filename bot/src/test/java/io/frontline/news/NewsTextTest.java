package io.frontline.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsTextTest {

  static final Set<String> SPOKEN = Set.of("en", "uk", "ru", "hu", "pl", "de");

  @Test
  void translationsStartOnTheirOwnLineWithALanguageCodeAndRunToTheNextOne() {
    NewsText t = NewsText.parse("New: 5 l bottles.\nSee you!\nru: Новинка: бутыли 5 л.\nДо встречи!\npl:Nowość", SPOKEN, "en");
    assertThat(t.body()).isEqualTo("New: 5 l bottles.\nSee you!");
    assertThat(t.translations()).isEqualTo(Map.of("ru", "Новинка: бутыли 5 л.\nДо встречи!", "pl", "Nowość"));
  }

  @Test
  void aCodeTheBotDoesNotSpeakIsPartOfTheText() {
    NewsText t = NewsText.parse("Closed on Friday.\nnb: open on Saturday", SPOKEN, "en");
    assertThat(t.body()).isEqualTo("Closed on Friday.\nnb: open on Saturday");
    assertThat(t.translations()).isEmpty();
  }

  @Test
  void withoutATextForEveryoneTheDefaultLanguagesTranslationStandsIn() {
    assertThat(NewsText.parse("uk: Привіт\nen: Hello", SPOKEN, "en").body()).isEqualTo("Hello");
    assertThat(NewsText.parse("ru: Привет", SPOKEN, "en").isEmpty()).isTrue();
    assertThat(NewsText.parse("   ", SPOKEN, "en").isEmpty()).isTrue();
  }

  @Test
  void aPostGivesEachLanguageItsTranslationOrTheTextForEveryone() {
    NewsPost p = new NewsPost(1, "anna", "Hello", Map.of("ru", "Привет"), NewsPost.Status.DRAFT, java.util.Optional.empty(), java.time.Instant.EPOCH);
    assertThat(p.textFor("ru")).isEqualTo("Привет");
    assertThat(p.textFor("de")).isEqualTo("Hello");
  }
}
