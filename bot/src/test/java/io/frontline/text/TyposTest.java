package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

  @ParameterizedTest
  @CsvSource({
    "manager, manager, true",
    "manager, manger, true",
    "manger, manager, true",
    "manager, managerr, true",
    "manager, xanager, true",
    "manager, manajer, true",
    "manager, mangaer, true",
    "manager, amnager, true",
    "manager, managre, true",
    "'', a, true",
    "ab, ba, true",
    "manager, mangr, false",
    "manager, manjaer, false",
    "manager, managerrr, false",
    "manager, ranagem, false",
    "manager, mnagaer, false",
    "abc, cba, false",
  })
  void atMostOneTypo(String a, String b, boolean expected) {
    assertThat(Typos.atMostOne(a, b)).as("%s / %s", a, b).isEqualTo(expected);
    assertThat(Typos.atMostOne(b, a)).as("%s / %s", b, a).isEqualTo(expected);
  }
}
