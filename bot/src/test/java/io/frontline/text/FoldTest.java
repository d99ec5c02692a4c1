package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest
  @CsvSource({
    "zażółć gęślą jaźń, zazolc gesla jazn",
    "łódź, lodz",
    "őrült öröm, orult orom",
    "űr üveg úr, ur uveg ur",
    "straße, strasse",
    "zurück, zuruck",
    "ÁRVÍZTŰRŐ, ARVIZTURO",
    "café 19l, cafe 19l",
  })
  void latinDiacriticsAreDropped(String word, String folded) {
    assertThat(Fold.latin(word)).isEqualTo(folded);
  }

  @Test
  void plainAndCyrillicTextIsLeftAlone() {
    assertThat(Fold.latin("manager")).isEqualTo("manager");
    assertThat(Fold.latin("йод їжа іній ё")).isEqualTo("йод їжа іній ё");
    assertThat(Fold.latin("")).isEmpty();
  }

  @Test
  void mixedScriptsFoldOnlyTheLatin() {
    assertThat(Fold.latin("pénz-гроші")).isEqualTo("penz-гроші");
  }
}
