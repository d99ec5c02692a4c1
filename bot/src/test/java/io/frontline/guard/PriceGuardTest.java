package io.frontline.guard;

import static io.frontline.guard.GuardFixtures.answer;
import static io.frontline.guard.GuardFixtures.aquaVita;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Knowledge;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceGuardTest {

  private final PriceGuard guard = new PriceGuard(aquaVita());

  private Verdict check(String reply) {
    return guard.check(answer("en", reply));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Drinking water, 19 L bottle: 100 UAH per bottle.",
        "From 10 bottles in one delivery: 90 UAH per bottle.",
        "Mineralised water: 120 UAH. Regular water: 100 UAH.",
        "The floor cooler costs 1800 UAH.",
        "The floor cooler costs 1 800 UAH.",
        "The floor cooler costs 1\u00A0800 UAH.",
        "Кулер стоит 1,800 грн.",
        "Кулер коштує 1.800 гривень.",
        "Кулер стоит 1 800 гривен.",
        "A pump is 45.50 UAH.",
        "A pump is 45,50 грн.",
        "Price: UAH 100 per bottle.",
        "Price: ₴100 per bottle.",
        "Ціна: 100₴ за бутель.",
        "Butla kosztuje 100 UAH.",
        "Egy ballon ára 100 UAH.",
        "Eine Flasche kostet 100 UAH.",
        "We deliver 19 L bottles to villages within 15 km, 7 days a week; call +380 31 261 0000.",
        "Order 10 bottles or more.",
      })
  void catalogAndListedPricesPass(String reply) {
    assertThat(check(reply)).isEqualTo(Verdict.PASS);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Only 95 UAH for you today!|95 UAH",
        "Это будет стоить 95 грн за бутыль.|95 грн",
        "The cooler is 1 900 UAH.|1 900 UAH",
        "The cooler is 1,750 грн, delivered.|1,750 грн",
        "That's 1100 UAH in total.|1100 UAH",
        "Price: UAH 95.|UAH 95",
        "Price: ₴95.|₴95",
        "It costs $5.|$5",
        "It costs 5 EUR.|5 EUR",
        "Kosztuje 80 zł.|80 zł",
        "Ára 300 Ft.|300 Ft",
        "Это 99 рублей.|99 рублей",
      })
  void inventedAmountsAreRejected(String reply, String amount) {
    Verdict v = check(reply);

    assertThat(v.passed()).isFalse();
    assertThat(v.guard()).isEqualTo(PriceGuard.NAME);
    assertThat(v.reason()).isEqualTo("\"" + amount + "\" is not a catalog price");
  }

  @Test
  void aCatalogNumberInsideALargerAmountIsNotACatalogPrice() {
    assertThat(check("Total: 10100 UAH").passed()).isFalse();
    assertThat(check("Total: 1000 UAH").passed()).isFalse();
  }

  @Test
  void amountsAPartnerPerkStatesPass() {
    assertThat(check("FilterPro gives you 50 UAH off the installation.")).isEqualTo(Verdict.PASS);
  }

  @Test
  void percentagesMustBeListed() {
    // CoolFix's perk lists 10%, an article lists 5 %
    assertThat(check("AquaVita clients get 10% off the first repair at CoolFix.")).isEqualTo(Verdict.PASS);
    assertThat(check("About 5% of bottles are recycled.")).isEqualTo(Verdict.PASS);
    Verdict v = check("Today only: 15% off every bottle!");
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).isEqualTo("\"15%\" is not a discount the knowledge lists");
    assertThat(check("Скидка 20 % для вас.").passed()).isFalse();
  }

  @Test
  void tenPercentOffIsRejectedWhenTheKnowledgeDoesNotStateIt() {
    Knowledge plain =
        GuardFixtures.knowledge(List.of(GuardFixtures.item("water-19l", "100")), List.of(), List.of());
    PriceGuard strict = new PriceGuard(plain);

    Verdict v = strict.check(answer("en", "Good news: 10% off your first order!"));
    assertThat(v.passed()).isFalse();
    assertThat(v.guard()).isEqualTo(PriceGuard.NAME);
    assertThat(strict.check(answer("ru", "Скидка 10% на первый заказ!")).passed()).isFalse();
    assertThat(strict.check(answer("en", "A bottle is 100 UAH.")).passed()).isTrue();
    // the percentage the other knowledge lists is fine there
    assertThat(check("Good news: 10% off your first repair at CoolFix!")).isEqualTo(Verdict.PASS);
  }

  @Test
  void firstBadAmountIsNamedEvenAfterGoodOnes() {
    Verdict v = check("Water is 100 UAH, mineral 120 UAH, and for you 85 UAH.");

    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).contains("85 UAH");
  }

  @Test
  void currencyClosingOnePriceDoesNotOpenTheNext() {
    // "100 грн. 10 бутылей": the 10 is a quantity, not "грн 10"
    assertThat(check("Бутыль: 100 грн. 10 бутылей и больше: по 90 грн.")).isEqualTo(Verdict.PASS);
    assertThat(check("Water: 100 UAH 10 bottles or more: 90 UAH each.")).isEqualTo(Verdict.PASS);
    // but a price written currency-first after a sentence still counts
    assertThat(check("Water: 100 UAH. UAH 95 for you.").passed()).isFalse();
  }

  @Test
  void textWithoutAnyAmountPasses() {
    assertThat(check("Hello! How can I help you today?")).isEqualTo(Verdict.PASS);
    assertThat(check("")).isEqualTo(Verdict.PASS);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "100|100",
        "1 800|1800",
        "1\u00A0800|1800",
        "1,800|1800",
        "1.800|1800",
        "12,345,678|12345678",
        "45.50|45.5",
        "45,50|45.5",
        "100.00|100",
        "1.800,50|1800.5",
      })
  void numbersAreReadWithThousandsSeparators(String text, String value) {
    assertThat(io.frontline.text.MoneyAmounts.value(text)).isEqualByComparingTo(new BigDecimal(value));
  }
}
