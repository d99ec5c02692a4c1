package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranslitTest {

  @Test
  void russianTypedInLatinReadsInCyrillic() {
    assertThat(Translit.toCyrillic("operator pozhaluysta", "ru")).hasValue("оператор пожалуйста");
    assertThat(Translit.toCyrillic("skidku dadite?", "ru")).hasValue("скидку дадите?");
    assertThat(Translit.toCyrillic("nikomu ne sovetuyu", "ru")).hasValue("никому не советую");
    assertThat(Translit.toCyrillic("shchuka i chay", "ru")).hasValue("щука и чай");
  }

  @Test
  void ukrainianHasItsOwnLetters() {
    assertThat(Translit.toCyrillic("operatora poklychte", "uk")).hasValue("оператора покличте");
    assertThat(Translit.toCyrillic("znyzhku", "uk")).hasValue("знижку");
    assertThat(Translit.toCyrillic("servis", "uk")).hasValue("сервіс");
  }

  /** Diacritics mean Polish, Hungarian or German; Cyrillic needs nothing; other codes are not read. */
  @Test
  void onlyPlainLatinIsACandidate() {
    assertThat(Translit.toCyrillic("zwrot pieniędzy", "ru")).isEmpty();
    assertThat(Translit.toCyrillic("Grüß Gott", "uk")).isEmpty();
    assertThat(Translit.toCyrillic("оператор", "ru")).isEmpty();
    assertThat(Translit.toCyrillic("12345 !!", "ru")).isEmpty();
    assertThat(Translit.toCyrillic("hello", "pl")).isEmpty();
  }
}
