package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

  @Test
  void plainTextIsKeptAsIs() {
    CleanText c = CleanText.of("How much is a 19 L bottle?");

    assertThat(c.text()).isEqualTo("How much is a 19 L bottle?");
    assertThat(c.truncated()).isFalse();
    assertThat(c.hasWords()).isTrue();
    assertThat(c.hasSymbols()).isFalse();
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void nullIsEmpty() {
    CleanText c = CleanText.of(null);

    assertThat(c.text()).isEmpty();
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.hasWords()).isFalse();
    assertThat(c.hasSymbols()).isFalse();
    assertThat(c.truncated()).isFalse();
  }

  @Test
  void zeroWidthCharactersDoNotSplitOrHideWords() {
    // zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen inside words
    CleanText c = CleanText.of("\uFEFFдо\u200Bставка в Гор\u200Cяны\u200D? ski\u00ADdka wa\u2060ter");

    assertThat(c.text()).isEqualTo("доставка в Горяны? skidka water");
    assertThat(Words.of(c.text())).containsExactly("доставка", "в", "горяны", "skidka", "water");
  }

  @Test
  void bidiControlsAreRemoved() {
    assertThat(CleanText.of("\u202Eprice\u202C \u200Fplease\u200E").text()).isEqualTo("price please");
  }

  @Test
  void onlyInvisibleCharactersIsEmpty() {
    CleanText c = CleanText.of("\u200B\u200C\u200D\uFEFF\u2060\u00AD");

    assertThat(c.text()).isEmpty();
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.hasWords()).isFalse();
    assertThat(c.hasSymbols()).isFalse();
  }

  @Test
  void controlCharactersSeparateWordsAndNeverSurvive() {
    CleanText c = CleanText.of("hello\u0000world\u0007 price\u001B[31m\u007Fnow");

    assertThat(c.text()).isEqualTo("hello world price [31m now");
    assertThat(c.text().codePoints()).noneMatch(Character::isISOControl);
    assertThat(c.hasWords()).isTrue();
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    CleanText c = CleanText.of("  \t hello \r\n\n   world\u00A0\u2003again \t ");

    assertThat(c.text()).isEqualTo("hello world again");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \t\n\r ", "\u00A0\u2003\u3000", "\n\n\n"})
  void whitespaceOnlyIsEmpty(String raw) {
    CleanText c = CleanText.of(raw);

    assertThat(c.text()).isEmpty();
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.hasWords()).isFalse();
    assertThat(c.hasSymbols()).isFalse();
    assertThat(c.truncated()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "😀",
        "👍🏽",
        "❤️",
        "🙏🙏🙏",
        "👨‍👩‍👧",
        "🇺🇦",
        " 😀 🔥 ",
        "☺",
      })
  void emojiOnlyHasSymbolsButNoWords(String raw) {
    CleanText c = CleanText.of(raw);

    assertThat(c.hasWords()).isFalse();
    assertThat(c.hasSymbols()).isTrue();
    assertThat(c.isEmpty()).isFalse();
    assertThat(Words.of(c.text())).isEmpty();
  }

  @Test
  void emojiWithTextHasBoth() {
    CleanText c = CleanText.of("Спасибо 🙏");

    assertThat(c.hasWords()).isTrue();
    assertThat(c.hasSymbols()).isTrue();
  }

  @Test
  void punctuationOnlyHasNeitherWordsNorSymbols() {
    CleanText c = CleanText.of("?!...");

    assertThat(c.text()).isEqualTo("?!...");
    assertThat(c.hasWords()).isFalse();
    assertThat(c.hasSymbols()).isFalse();
  }

  @Test
  void mixedScriptsAreKept() {
    CleanText c = CleanText.of("Hello, Привіт! Szia, cześć — 你好 19 L");

    assertThat(c.text()).isEqualTo("Hello, Привіт! Szia, cześć — 你好 19 L");
    assertThat(c.hasWords()).isTrue();
  }

  @Test
  void textIsNfcNormalised() {
    // "é" as e + combining acute, "й" as и + combining breve
    CleanText c = CleanText.of("cafe\u0301 и\u0306од");

    assertThat(c.text()).isEqualTo("café йод");
    assertThat(c.text()).hasSize(8);
  }

  @Test
  void veryLongMessageIsTruncatedWithoutException() {
    String raw = "water ".repeat(20_000 / 6 + 1).substring(0, 20_000);
    CleanText c = CleanText.of(raw);

    assertThat(c.truncated()).isTrue();
    assertThat(c.text().length()).isLessThanOrEqualTo(CleanText.MAX_CHARS).isGreaterThan(CleanText.MAX_CHARS - 10);
    assertThat(c.text()).startsWith("water water");
    assertThat(c.hasWords()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a ", "ab ", "abc ", "😀", "a😀", "x\u0000"})
  void truncatedTextNeverExceedsTheLimit(String unit) {
    // single letters with spaces and emoji (two chars each) must not overshoot by a char or two
    CleanText c = CleanText.of(unit.repeat(20_000));

    assertThat(c.truncated()).isTrue();
    assertThat(c.text().length()).isLessThanOrEqualTo(CleanText.MAX_CHARS);
    // never a broken surrogate pair at the end
    assertThat(Character.isHighSurrogate(c.text().charAt(c.text().length() - 1))).isFalse();
  }

  @Test
  void exactlyTheLimitIsNotTruncated() {
    String raw = "x".repeat(CleanText.MAX_CHARS);
    CleanText c = CleanText.of(raw + "   \u200B ");

    assertThat(c.truncated()).isFalse();
    assertThat(c.text()).isEqualTo(raw);
  }

  @Test
  void oneCharOverTheLimitIsTruncated() {
    CleanText c = CleanText.of("x".repeat(CleanText.MAX_CHARS + 1));

    assertThat(c.truncated()).isTrue();
    assertThat(c.text()).hasSize(CleanText.MAX_CHARS);
  }

  @Test
  void invisibleCharactersDoNotCountTowardsTheLimit() {
    String raw = "x\u200B".repeat(CleanText.MAX_CHARS);
    CleanText c = CleanText.of(raw);

    assertThat(c.truncated()).isFalse();
    assertThat(c.text()).hasSize(CleanText.MAX_CHARS);
  }

  @Test
  void loneSurrogatesDoNotCrash() {
    CleanText c = CleanText.of("abc\uD83D def \uDE00");

    assertThat(c.hasWords()).isTrue();
    assertThat(c.text()).startsWith("abc");
  }
}
