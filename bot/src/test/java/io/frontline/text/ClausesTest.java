package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTest {

  @Test
  void sentencesAndCommaClausesAreSplit() {
    assertThat(Clauses.of("Hi, I'm organising a party! How much are the canapés? Thanks"))
        .containsExactly("Hi", "I'm organising a party", "How much are the canapés", "Thanks");
  }

  @Test
  void decimalPointsAndDatesStayWhole() {
    assertThat(Clauses.of("Is it 14.50 per box, for the 12.12. party")).containsExactly("Is it 14.50 per box", "for the 12.12", "party");
    assertThat(Clauses.of("2,5 kg")).containsExactly("2,5 kg");
  }

  @Test
  void emptyPiecesAreDropped() {
    assertThat(Clauses.of("...?!")).isEmpty();
    assertThat(Clauses.of("one\n\ntwo")).containsExactly("one", "two");
  }
}
