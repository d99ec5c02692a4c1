package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money as companies and clients write it, read alike by `frontline check` and the price guard. */
class MoneyAmountsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Регистрация ТОО за 50000₸ | 50000",
        "консультация 15 000 тг. в час | 15000",
        "15\u202F000 KZT per month | 15000",
        "25 000 тенге | 25000",
        "strzyżenie 140 zl | 140",
        "1\u2009800 UAH | 1800",
        "CHF 95 | 95",
        "390 Kč | 390",
        "€14.50 per box | 14.5",
        "120 зл замість 140 | 120",
        "70 злотых за стрижку | 70",
        "200 злотих | 200",
        "15 000 форинтов | 15000",
        "5000 tenge | 5000"
      })
  void readsTheAmount(String text, String value) {
    assertThat(MoneyAmounts.in(text))
        .as(text)
        .extracting(MoneyAmounts.Amount::value)
        .containsExactly(new BigDecimal(value).stripTrailingZeros());
  }

  @Test
  void aNumberWithoutACurrencyIsNotMoney() {
    assertThat(MoneyAmounts.in("we are 15 000 people in 12 zones")).isEmpty();
  }
}
