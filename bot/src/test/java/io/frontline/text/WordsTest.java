package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @Test
  void splitsOnPunctuationAndLowerCases() {
    assertThat(Words.of("Hello, WORLD! How much is it?!")).containsExactly("hello", "world", "how", "much", "is", "it");
  }

  @Test
  void emptyAndPunctuationOnly() {
    assertThat(Words.of("")).isEmpty();
    assertThat(Words.of("  ?!... — ")).isEmpty();
    assertThat(Words.of("😀👍")).isEmpty();
  }

  @Test
  void digitsAreWordsAndSeparatorsSplitThem() {
    assertThat(Words.of("19L, 1 800 грн, 10%")).containsExactly("19l", "1", "800", "грн", "10");
  }

  @Test
  void yoIsFoldedIntoYe() {
    assertThat(Words.of("Ещё ЁЛКА всё")).containsExactly("еще", "елка", "все");
    assertThat(Words.of("ещё")).isEqualTo(Words.of("еще"));
  }

  @Test
  void mixedScriptsInOneMessage() {
    assertThat(Words.of("Привет hello Szia cześć ÁRVÍZTŰRŐ tükörfúrógép Straße"))
        .containsExactly("привет", "hello", "szia", "cześć", "árvíztűrő", "tükörfúrógép", "straße");
  }

  @Test
  void wordsAcrossScriptsWithoutSpaceStayOneWord() {
    // letters of any script are letters: only non-letters split
    assertThat(Words.of("водаwater")).containsExactly("водаwater");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "don't|don't",
        "don’t|don't",
        "don`t|don't",
        "м'ясо|м'ясо",
        "м’ясо|м'ясо",
        "м\u02BCясо|м'ясо",
        "зв'яжіться|зв'яжіться",
        "зв\u02BCяжіться|зв'яжіться",
      })
  void apostrophesInsideWordsBecomeOneApostropheWhicheverCharacterIsUsed(String text, String word) {
    assertThat(Words.of(text)).containsExactly(word);
  }

  @Test
  void apostrophesAtWordEdgesSeparate() {
    assertThat(Words.of("'quoted' students' rock 'n' roll")).containsExactly("quoted", "students", "rock", "n", "roll");
    assertThat(Words.of("\u02BCx y\u02BC")).containsExactly("x", "y");
  }

  @Test
  void combiningMarksStayInTheWord() {
    // NFD input: и + combining breve; the mark must not split the word
    assertThat(Words.of("и\u0306од")).singleElement().satisfies(w -> assertThat(w).startsWith("и").endsWith("од"));
  }

  @Test
  void hyphensAndSlashesSplit() {
    assertThat(Words.of("e-mail 24/7 Wi-Fi")).containsExactly("e", "mail", "24", "7", "wi", "fi");
  }

  @Test
  void normalizeJoinsWordsWithSingleSpaces() {
    assertThat(Words.normalize("  Ещё,   РАЗ!! ")).isEqualTo("еще раз");
  }
}
