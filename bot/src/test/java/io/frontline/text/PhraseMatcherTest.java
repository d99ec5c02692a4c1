package io.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseMatcherTest {

  private static PhraseMatcher<String> matcher(String... tagAndPhrase) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
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
}
