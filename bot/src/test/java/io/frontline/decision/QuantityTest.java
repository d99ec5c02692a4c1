package io.frontline.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Catalog;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.LocalizedList;
import io.frontline.knowledge.LocalizedText;
import io.frontline.text.Words;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which numbers in a message are order quantities: only those an item word follows at once. */
class QuantityTest {

  private static CatalogItem item(String id, Map<String, String> name, Map<String, List<String>> aliases, Map<String, String> unit) {
    return new CatalogItem(
        id, new LocalizedText(name), new LocalizedList(aliases), LocalizedText.EMPTY, BigDecimal.valueOf(100),
        new LocalizedText(unit), true, Optional.empty(), List.of(), List.of(), List.of());
  }

  /** Water in bottles, kettles, a TV and tea: words in three languages, a volume and short words. */
  private static final Quantity QUANTITY =
      Quantity.of(
          new Catalog(
              "UAH",
              List.of(
                  item(
                      "water-19l",
                      Map.of("en", "Drinking water, 19 litre bottle", "uk", "Питна вода, бутель 19 л"),
                      Map.of("en", List.of("big bottle"), "uk", List.of("бутлі", "бутля")),
                      Map.of("en", "bottle", "uk", "бутель")),
                  item(
                      "kettle",
                      Map.of("en", "Electric kettle", "pl", "Czajnik elektryczny"),
                      Map.of(),
                      Map.of("en", "piece", "pl", "sztuka")),
                  item("tv", Map.of("en", "Smart TV"), Map.of(), Map.of("en", "pc")),
                  item("tea", Map.of("en", "Tea"), Map.of("en", List.of("cup of tea")), Map.of("en", "box")))));

  private static Optional<Integer> in(String message) {
    return QUANTITY.in(Words.of(message));
  }

  @ParameterizedTest
  @CsvSource({
    "'5 bottles', 5",
    "'I would like 10 kettles please', 10",
    "'1 bottle of water', 1",
    "'замовлю 60 бутлів', 60",
    "'poproszę 2 czajniki', 2",
    "'3 pieces', 3",
    "'12 sztuk', 12",
    "'2 smart TVs', 2",
  })
  void aNumberFollowedByAnItemWordIsAQuantity(String message, int expected) {
    assertThat(in(message)).as(message).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's 3 years old",
        "my son is 14, how much is his haircut?",
        "a 32-inch TV",
        "a 55\" TV please",
        "1100 an hour",
        "450 for a kettle is crazy",
        "why 200 for the bottle?",
        "deliver on 12 March",
        "on 12.05 at 10",
        "the 5th floor",
        "19 l",
        "19 litres of water",
        "19 литров",
        "call me at 0745 123 456",
      })
  void aNumberFollowedByAnythingElseIsNotAQuantity(String message) {
    assertThat(in(message)).as(message).isEmpty();
  }

  @Test
  void theItemWordMustFollowTheNumberAtOnce() {
    assertThat(in("5 big bottles")).isEmpty();
    assertThat(in("bottles: 5")).isEmpty();
    assertThat(in("how many bottles? 5")).isEmpty();
  }

  @Test
  void wordsShorterThanFourLettersAreNeverItemWords() {
    // "tea", "cup", "box", "pc" and "tv" name items or units, but are too short to tell from grammar.
    assertThat(in("3 tea")).isEmpty();
    assertThat(in("2 cups")).isEmpty();
    assertThat(in("2 box")).isEmpty();
    assertThat(in("2 tv")).isEmpty();
  }

  @Test
  void volumeWordsInItemNamesAreNotItemWords() {
    // "litre" is in the water's name, yet "19 litre" is a size.
    assertThat(in("19 litre")).isEmpty();
    assertThat(in("19 liters")).isEmpty();
    assertThat(in("19 літрів")).isEmpty();
  }

  @Test
  void theFirstQuantityCounts() {
    assertThat(in("2 kettles and 5 bottles")).contains(2);
    assertThat(in("for 3 people, 6 bottles")).contains(6);
  }

  @Test
  void zeroAndHugeNumbersAreNotQuantities() {
    assertThat(in("0 bottles")).isEmpty();
    assertThat(in("0 bottles, no, 3 bottles")).contains(3);
    assertThat(in("100000 bottles")).contains(100_000);
    assertThat(in("100001 bottles")).isEmpty();
    assertThat(in("1000000 bottles")).isEmpty();
    assertThat(in("99999999999999999999 bottles")).as("too long to parse").isEmpty();
  }

  @Test
  void noNumberNoQuantity() {
    assertThat(in("")).isEmpty();
    assertThat(in("bottles please")).isEmpty();
    assertThat(in("5")).isEmpty();
  }

  @Test
  void anEmptyCatalogHasNoItemWords() {
    Quantity none = Quantity.of(new Catalog("UAH", List.of()));

    assertThat(none.in(Words.of("5 bottles"))).isEmpty();
  }

  @Test
  void aWordThatOnlyFollowsANumberInTheCatalogIsAMeasureNotAnItem() {
    Quantity q =
        Quantity.of(
            new Catalog(
                "EUR",
                List.of(
                    item("kids-cut", Map.of("en", "Kids haircut, up to 12 years"), Map.of("en", List.of("bike for a 5 year old")), Map.of("en", "visit")),
                    item("bike", Map.of("en", "Kids bike, 16 inch"), Map.of(), Map.of("en", "bike")))));

    assertThat(q.in(Words.of("my son is 10 years old, how much is a haircut?"))).isEmpty();
    assertThat(q.in(Words.of("she is 3 year old"))).isEmpty();
    assertThat(q.in(Words.of("a 32 inch TV"))).isEmpty();
    assertThat(q.in(Words.of("2 bikes please"))).contains(2);
    assertThat(q.in(Words.of("3 haircuts for my boys"))).contains(3);
  }

  /** Issue 15: "-5 bottles" used to order 5 and "2.5 bottles" 5 (or 2): neither is a count. */
  @ParameterizedTest
  @ValueSource(strings = {"-5 bottles please", "2.5 bottles please", "2,5 bottles", "− 3 bottles", "I need 1.5 bottles"})
  void aSignedOrFractionalNumberIsNoCount(String text) {
    assertThat(QUANTITY.in(text)).isEmpty();
    assertThat(Quantity.number(text)).isEmpty();
  }

  @Test
  void aWholeNumberStillIsOne() {
    assertThat(QUANTITY.in("5 bottles please")).contains(5);
    assertThat(QUANTITY.in("bottles: 20-5 bottles")).contains(5);
    assertThat(Quantity.number("slot 2")).contains(2);
    assertThat(Quantity.number("-2")).isEmpty();
  }
}
