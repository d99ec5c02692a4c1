package io.frontline.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Client words rewritten into the knowledge's own spelling, and only into it. */
class RespellerTest {

  private static final Respeller R =
      Respeller.of(
          List.of(
              "Strzyżenie męskie. Płatność kartą lub gotówką.",
              "Intensivkurs Deutsch A2, Pediküre",
              "Скільки коштує педикюр?",
              "pedicure with gel polish"));

  @Test
  void wordsTypedWithoutDiacriticsGetThem() {
    assertThat(R.respell("ile kosztuje strzyzenie meskie")).isEqualTo("ile kosztuje strzyżenie męskie");
    assertThat(R.respell("platnosc karta")).isEqualTo("płatność kartą");
  }

  @Test
  void oneTypoInALongWordIsCorrected() {
    assertThat(R.respell("wie viel kostet der intensivkur")).endsWith("intensivkurs");
    assertThat(R.respell("скільки коштуе педикюр")).isEqualTo("скільки коштує педикюр");
  }

  @Test
  void knownWordsShortWordsAndUnrelatedWordsStayAsTyped() {
    assertThat(R.respell("pedicure")).isEqualTo("pedicure");
    assertThat(R.respell("gel")).isEqualTo("gel");
    assertThat(R.respell("winterreifen")).isEqualTo("winterreifen");
    // Five letters is too short to trust one typo: "karty" is not "kartą".
    assertThat(R.respell("karty")).isEqualTo("karty");
  }

  @Test
  void aTypoMustKeepTheFirstLetter() {
    assertThat(R.respell("bedicure")).isEqualTo("bedicure");
  }

  @Test
  void numbersAndPunctuationDoNotBreakIt() {
    assertThat(R.respell("19 l, intensivkur!")).isEqualTo("19 l intensivkurs");
  }
}
