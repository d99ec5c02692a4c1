package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseMatcherTest {

  private static PhraseMatcher<String> matcher(String... tagAndPhrase) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (int i = 0; i < tagAndPhrase.length; i += 2) {
      assertThat(b.add(tagAndPhrase[i], tagAndPhrase[i + 1])).as(tagAndPhrase[i + 1]).isTrue();
    }
    return b.build();
  }

  /** A matcher that reads clients: diacritics folded, one typo forgiven in combinations. */
  private static PhraseMatcher<String> tolerant(String... tagAndPhrase) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.<String>builder().tolerant();
    for (int i = 0; i < tagAndPhrase.length; i += 2) {
      assertThat(b.add(tagAndPhrase[i], tagAndPhrase[i + 1])).as(tagAndPhrase[i + 1]).isTrue();
    }
    return b.build();
  }

  private static List<String> tags(PhraseMatcher<String> m, String text) {
    return m.findAll(Words.of(text)).stream().map(PhraseMatcher.Match::tag).toList();
  }

  @Test
  void singleWordIgnoresCaseAndPunctuation() {
    PhraseMatcher<String> m = matcher("greeting", "hello");

    assertThat(tags(m, "HELLO!!!")).containsExactly("greeting");
    assertThat(tags(m, "well, hello.")).containsExactly("greeting");
    assertThat(tags(m, "hellooo")).isEmpty();
    assertThat(tags(m, "othello")).isEmpty();
  }

  @Test
  void multiWordPhraseMustBeConsecutive() {
    PhraseMatcher<String> m = matcher("bounce", "call our office");

    assertThat(tags(m, "Please call our office tomorrow.")).containsExactly("bounce");
    assertThat(tags(m, "Please, CALL — our office!")).as("punctuation between words is no gap").containsExactly("bounce");
    assertThat(tags(m, "call our main office")).as("a word in between").isEmpty();
    assertThat(tags(m, "our office will call")).isEmpty();
    assertThat(tags(m, "call our")).as("phrase longer than the text's end").isEmpty();
  }

  @Test
  void noMatchAcrossGapsInRussian() {
    PhraseMatcher<String> m = matcher("bounce", "обратитесь в отдел");

    assertThat(tags(m, "Обратитесь, пожалуйста, в отдел продаж")).isEmpty();
    assertThat(tags(m, "обратитесь в отдел продаж")).containsExactly("bounce");
  }

  @Test
  void wildcardMatchesEveryWordStartingWithIt() {
    PhraseMatcher<String> m = matcher("discount", "скидк*");

    assertThat(tags(m, "Дайте скидку")).containsExactly("discount");
    assertThat(tags(m, "есть скидки?")).containsExactly("discount");
    assertThat(tags(m, "СКИДКА")).containsExactly("discount");
    assertThat(tags(m, "скидк")).as("the bare stem matches too").containsExactly("discount");
    assertThat(tags(m, "ск идка")).isEmpty();
    assertThat(tags(m, "бесскидочный")).as("only a prefix, not any substring").isEmpty();
  }

  @Test
  void wildcardInsideAMultiWordPhrase() {
    PhraseMatcher<String> m = matcher("bounce", "contact* our support*");

    assertThat(tags(m, "Please contact our support team")).containsExactly("bounce");
    assertThat(tags(m, "contacting our supporters")).containsExactly("bounce");
    assertThat(tags(m, "contact your support")).isEmpty();
  }

  @Test
  void wildcardFirstWordAtEveryPosition() {
    PhraseMatcher<String> m = matcher("hu", "ügyfélszolgálat* hív*");

    assertThat(tags(m, "Kérem, az ügyfélszolgálatot hívja")).containsExactly("hu");
    assertThat(m.findAll(Words.of("ügyfélszolgálat hív, ügyfélszolgálatot hívja"))).hasSize(2);
  }

  @Test
  void phrasesAreNormalisedLikeText() {
    PhraseMatcher<String> m = matcher("a", "Ещё Раз", "b", "e-mail us", "c", "don't know");

    assertThat(tags(m, "еще раз")).containsExactly("a");
    assertThat(tags(m, "ЕЩЁ РАЗ")).containsExactly("a");
    assertThat(tags(m, "E-Mail us")).containsExactly("b");
    assertThat(tags(m, "e mail us")).containsExactly("b");
    assertThat(tags(m, "I don’t know")).containsExactly("c");
  }

  @Test
  void matchReportsTagPhraseAndWordPositions() {
    PhraseMatcher<String> m = matcher("bounce", "call our office", "greeting", "hello");

    List<PhraseMatcher.Match<String>> all = m.findAll(Words.of("Hello! Please call our office."));
    assertThat(all)
        .containsExactly(
            new PhraseMatcher.Match<>("greeting", "hello", 0, 1),
            new PhraseMatcher.Match<>("bounce", "call our office", 2, 5));
    assertThat(m.findFirst(Words.of("Please call our office. Hello!")))
        .contains(new PhraseMatcher.Match<>("bounce", "call our office", 1, 4));
  }

  @Test
  void severalPhrasesWithTheSameFirstWord() {
    PhraseMatcher<String> m = matcher("a", "call us", "b", "call our office", "c", "call");

    assertThat(tags(m, "call our office")).containsExactlyInAnyOrder("b", "c");
    assertThat(tags(m, "call us")).containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void findFirstOnNoMatchIsEmpty() {
    assertThat(matcher("a", "b c").findFirst(Words.of("c b a"))).isEmpty();
    assertThat(matcher("a", "b c").findFirst(List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "*", "?!", " - * "})
  void phraseWithoutWordsIsRejected(String phrase) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();

    assertThat(b.add("x", phrase)).isFalse();
    assertThat(b.build().findAll(Words.of("anything at all"))).isEmpty();
  }

  // ---- alternatives: a|b|c ----

  @Test
  void alternativesMatchAnyOneOfTheirWords() {
    PhraseMatcher<String> m = matcher("callback", "call|ring|phone me back");

    assertThat(tags(m, "call me back")).containsExactly("callback");
    assertThat(tags(m, "Ring me back!")).containsExactly("callback");
    assertThat(tags(m, "please phone me back")).containsExactly("callback");
    assertThat(tags(m, "text me back")).isEmpty();
    assertThat(tags(m, "call to me back")).as("a word in between").isEmpty();
    assertThat(m.findFirst(Words.of("ok, ring me back")))
        .contains(new PhraseMatcher.Match<>("callback", "call|ring|phone me back", 1, 4));
  }

  @Test
  void alternativesInsideAPhraseAndWithWildcards() {
    PhraseMatcher<String> m = matcher("money", "money|cash|refund* back|returned");

    assertThat(tags(m, "I want my money back")).containsExactly("money");
    assertThat(tags(m, "cash returned")).containsExactly("money");
    assertThat(tags(m, "refunds back")).as("an alternative with a wildcard").containsExactly("money");
    assertThat(tags(m, "money refunded")).isEmpty();
    assertThat(tags(m, "money")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a|e-mail", "a||b", "|a", "a|*", "* ~ a", "a ~ *", "~ a", "a ~ ~ b"})
  void brokenAlternativesAndCombinationsAreRejected(String phrase) {
    assertThat(PhraseMatcher.<String>builder().add("x", phrase)).as(phrase).isFalse();
    assertThat(PhraseMatcher.<String>builder().tolerant().add("x", phrase)).as("tolerant: " + phrase).isFalse();
  }

  // ---- combinations: a ~ b ----

  @Test
  void combinationFindsItsPartsInEitherOrder() {
    PhraseMatcher<String> m = matcher("person", "want ~ person");

    assertThat(m.findAll(Words.of("I want to talk to a real person")))
        .containsExactly(new PhraseMatcher.Match<>("person", "want ~ person", 1, 8, List.of(1, 7)));
    assertThat(m.findAll(Words.of("a person, I want")))
        .containsExactly(new PhraseMatcher.Match<>("person", "want ~ person", 1, 4, List.of(1, 3)));
    assertThat(tags(m, "I want")).as("every part must occur").isEmpty();
    assertThat(tags(m, "a real person")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'want 1 2 3 4 5 person', true",
    "'person 1 2 3 4 5 want', true",
    "'want 1 2 3 4 5 6 person', false",
    "'person 1 2 3 4 5 6 want', false",
    "'want 1 2 3 4 5 6 7 8 9 person', false",
  })
  void combinationPartsMustBeWithinSevenWords(String text, boolean found) {
    PhraseMatcher<String> m = matcher("person", "want ~ person");

    assertThat(tags(m, text)).as(text).hasSize(found ? 1 : 0);
    assertThat(tags(tolerant("person", "want ~ person"), text)).as("tolerant: " + text).hasSize(found ? 1 : 0);
  }

  @Test
  void theWindowCountsEveryWordOfMultiWordParts() {
    PhraseMatcher<String> m = matcher("x", "call me ~ back home");

    assertThat(m.findAll(Words.of("back home x x x call me")))
        .containsExactly(new PhraseMatcher.Match<>("x", "call me ~ back home", 0, 7, List.of(0, 1, 5, 6)));
    assertThat(tags(m, "back home x x x x call me")).isEmpty();
    assertThat(tags(m, "me call back home")).as("a part's own words stay in order").isEmpty();
    assertThat(tags(m, "call me home back")).isEmpty();
  }

  @Test
  void aWordFillsOnlyOnePartOfACombination() {
    PhraseMatcher<String> m = matcher("x", "again ~ again");

    assertThat(tags(m, "again")).isEmpty();
    assertThat(tags(m, "again and again")).isNotEmpty();
  }

  @Test
  void combinationOfThreePartsInOrder() {
    PhraseMatcher<String> m = matcher("callback", "call|ring|phone ~ me ~ back");

    assertThat(tags(m, "can you please just call me back")).containsExactly("callback");
    assertThat(tags(m, "back? ring me")).containsExactly("callback");
    assertThat(tags(m, "call me, I will be back")).containsExactly("callback");
    assertThat(tags(m, "call me later, maybe tomorrow or on monday when I am back"))
        .as("the last part beyond the window from the first")
        .isEmpty();
    assertThat(tags(m, "call me")).isEmpty();
  }

  @Test
  void combinationWithWildcardsAndAlternatives() {
    PhraseMatcher<String> m = matcher("refund", "want|need ~ refund*|money");

    assertThat(tags(m, "I need a refund")).containsExactly("refund");
    assertThat(tags(m, "refunding the order is what I want")).containsExactly("refund");
    assertThat(tags(m, "my money, I want it")).containsExactly("refund");
    assertThat(tags(m, "I wish to get a refund")).isEmpty();
  }

  @Test
  void combinationIsFoundByEveryAlternativeOfItsFirstWord() {
    PhraseMatcher<String> m = matcher("x", "talk|speak ~ manager", "y", "speak english");

    assertThat(tags(m, "can I talk to the manager")).containsExactly("x");
    assertThat(tags(m, "manager, speak english")).containsExactlyInAnyOrder("x", "y");
  }

  // ---- tolerance: diacritics ----

  @ParameterizedTest
  @CsvSource({
    "zażalenie, zazalenie",
    "zazalenie, zażalenie",
    "zwrot pieniędzy, zwrot pieniedzy",
    "pénzem vissza, penzem vissza",
    "penzem vissza, PÉNZEM VISSZA",
    "erről, errol",
    "erről, erröl",
    "erröl, erről",
    "errol, erről",
    "straße, strasse",
    "strasse, Straße",
    "łódź, lodz",
    "zurück, zuruck",
  })
  void tolerantMatcherIgnoresLatinDiacritics(String phrase, String text) {
    assertThat(tags(tolerant("x", phrase), text)).as("%s in %s", phrase, text).containsExactly("x");
  }

  @Test
  void exactMatcherKeepsDiacritics() {
    assertThat(tags(matcher("x", "zażalenie"), "zazalenie")).isEmpty();
    assertThat(tags(matcher("x", "zazalenie"), "zażalenie")).isEmpty();
    assertThat(tags(matcher("x", "erről"), "erröl")).isEmpty();
    assertThat(tags(matcher("x", "zażalenie"), "zażalenie")).containsExactly("x");
  }

  @Test
  void tolerantMatcherLeavesCyrillicLettersAlone() {
    PhraseMatcher<String> m = tolerant("mine", "мой", "food", "їжа");

    assertThat(tags(m, "мои")).isEmpty();
    assertThat(tags(m, "іжа")).isEmpty();
    assertThat(tags(m, "мой")).containsExactly("mine");
    assertThat(tags(m, "їжа")).containsExactly("food");
  }

  @Test
  void matchReportsThePhraseAsWrittenWhenFolded() {
    PhraseMatcher<String> m = tolerant("complaint", "złożyć zażalenie");

    assertThat(m.findAll(Words.of("chce zlozyc zazalenie")))
        .containsExactly(new PhraseMatcher.Match<>("complaint", "złożyć zażalenie", 1, 3));
  }

  // ---- tolerance: one typo, in combinations only ----

  @ParameterizedTest
  @CsvSource({
    "manger, a letter missing",
    "managerr, a letter extra",
    "manajer, a letter wrong",
    "mangaer, two letters swapped",
    "managre, the last two swapped",
  })
  void combinationForgivesOneTypoInALongWord(String typo, String what) {
    PhraseMatcher<String> laterPart = tolerant("x", "talk ~ manager");
    PhraseMatcher<String> firstPart = tolerant("x", "manager ~ talk");

    assertThat(tags(laterPart, "can I talk to the " + typo)).as(what).containsExactly("x");
    assertThat(tags(firstPart, typo + ", I want to talk")).as("first part: " + what).containsExactly("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"manjaer", "mangr", "mnagaer", "managerrr", "nanager", "amnager", "anager"})
  void twoTyposOrAnotherFirstLetterAreNotForgiven(String typo) {
    assertThat(tags(tolerant("x", "talk ~ manager"), "talk to the " + typo)).as(typo).isEmpty();
    assertThat(tags(tolerant("x", "manager ~ talk"), typo + " talk")).as("first part: " + typo).isEmpty();
  }

  @Test
  void onlyWordsOfSixLettersOrMoreForgiveATypo() {
    PhraseMatcher<String> six = tolerant("x", "talk ~ person");
    PhraseMatcher<String> five = tolerant("x", "talk ~ human");

    assertThat(tags(six, "talk to a perosn")).containsExactly("x");
    assertThat(tags(six, "talk to a persn")).containsExactly("x");
    assertThat(tags(six, "tlak to a person")).as("'talk' is four letters").isEmpty();
    assertThat(tags(five, "talk to a humna")).as("'human' is five letters").isEmpty();
    assertThat(tags(five, "talk to a huma")).isEmpty();
    assertThat(tags(five, "talk to a human")).containsExactly("x");
  }

  @Test
  void wildcardStemsOfSixLettersForgiveATypoToo() {
    PhraseMatcher<String> six = tolerant("x", "refund* ~ money");
    PhraseMatcher<String> five = tolerant("x", "refun* ~ money");

    assertThat(tags(six, "refunding my money")).containsExactly("x");
    assertThat(tags(six, "refnuding my money")).as("two letters swapped in the stem").containsExactly("x");
    assertThat(tags(six, "rfunding my money")).as("a letter missing in the stem").containsExactly("x");
    assertThat(tags(six, "reffunding my money")).as("a letter extra in the stem").containsExactly("x");
    assertThat(tags(tolerant("x", "money ~ refund*"), "money, refnud please")).as("in a later part").containsExactly("x");
    assertThat(tags(six, "efunding my money")).as("first letter kept").isEmpty();
    assertThat(tags(five, "refnuding my money")).as("'refun' is five letters").isEmpty();
    assertThat(tags(five, "refunding my money")).containsExactly("x");
  }

  @Test
  void typosAndDiacriticsTogether() {
    PhraseMatcher<String> m = tolerant("complaint", "złożyć ~ zażalenie");

    assertThat(tags(m, "chce zlozyc zazalnie")).containsExactly("complaint");
    assertThat(tags(m, "zażalnie chcę złożyć")).containsExactly("complaint");
  }

  @Test
  void plainPhrasesStayExactEvenInATolerantMatcher() {
    PhraseMatcher<String> m =
        tolerant("manager", "manager", "talk", "talk to manager", "deliver", "привезите", "money", "zwrot pieniędzy");

    assertThat(tags(m, "manger")).isEmpty();
    assertThat(tags(m, "talk to mangaer")).isEmpty();
    assertThat(tags(m, "привозите")).as("one letter is grammar here").isEmpty();
    assertThat(tags(m, "zwrot pieniedzu")).isEmpty();
    assertThat(tags(m, "zwrot pieniedzy")).as("diacritics still folded").containsExactly("money");
    assertThat(tags(m, "talk to manager")).containsExactlyInAnyOrder("talk", "manager");
  }

  @Test
  void anExactMatcherForgivesNoTypoInCombinations() {
    PhraseMatcher<String> m = matcher("x", "talk ~ manager");

    assertThat(tags(m, "talk to the manger")).isEmpty();
    assertThat(tags(m, "talk to the manager")).containsExactly("x");
  }

  @Test
  void aThreePartCombinationFindsAPartPlacedBetweenTheOtherTwo() {
    PhraseMatcher<String> m = matcher("x", "a ~ b ~ c");

    assertThat(tags(m, "a c b")).containsExactly("x");
    assertThat(tags(m, "c a b")).containsExactly("x");
  }

  @Test
  void aThreePartCombinationTriesALaterCopyOfAPart() {
    PhraseMatcher<String> m = matcher("x", "call|ring ~ me ~ back");

    assertThat(tags(m, "tell me, can you please just call me back")).containsExactly("x");
  }

  @Test
  void phrasesThatCanNeverMatchAreRefused() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();

    assertThat(b.add("x", "|")).isFalse();
    assertThat(b.add("x", "call | us")).isFalse();
    assertThat(b.add("x", "a|")).isFalse();
    assertThat(b.add("x", "a ~")).isFalse();
    assertThat(b.add("x", "~ a")).isFalse();
  }
}
