package io.frontline.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.wording.WordingLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage on a development company written blind (a Polish beauty salon), read with the bot's
 * real lexicons: how clients talk must not count against what they ask about.
 */
class LuceneKnowledgeIndexTest {

  static Knowledge salon;
  static Map<String, Set<String>> general;

  @BeforeAll
  static void load() {
    salon = KnowledgeLoader.load(Path.of("src/test/resources/companies/salon-bella/knowledge")).orThrow();
    general = WordingLoader.load(WordingLoader.folder(Path.of("../prompts")), "pl").wording().signals().generalWords();
  }

  static double coverage(LuceneKnowledgeIndex index, String text, String id) {
    List<Hit> hits = index.search(text, "pl", 40);
    return hits.stream().filter(h -> h.id().equals(id)).mapToDouble(Hit::coverage).findFirst().orElse(0);
  }

  @Test
  void greetingsAndAskingWeighNothing() {
    LuceneKnowledgeIndex index = LuceneKnowledgeIndex.build(salon, general);
    String plain = "maska regenerująca do włosów";
    String chatty = "Dzień dobry, chciałabym zapytać: maska regenerująca do włosów?";

    assertThat(coverage(index, chatty, "hair-mask")).isEqualTo(coverage(index, plain, "hair-mask")).isGreaterThan(0.5);
  }

  @Test
  void withoutTheLexiconTheSameWordsDiluteTheMatch() {
    LuceneKnowledgeIndex bare = LuceneKnowledgeIndex.build(salon);
    String chatty = "Dzień dobry, chciałabym zapytać: maska regenerująca do włosów?";

    assertThat(coverage(bare, chatty, "hair-mask")).isLessThan(coverage(bare, "maska regenerująca do włosów", "hair-mask"));
  }

  /** The Polish "a" (and) is in most entries: it is not a word matched. */
  @Test
  void aSingleLetterIsNeverAMatchedWord() {
    LuceneKnowledgeIndex index = LuceneKnowledgeIndex.build(salon, general);

    assertThat(coverage(index, "a maska regenerująca do włosów", "hair-mask"))
        .isEqualTo(coverage(index, "maska regenerująca do włosów", "hair-mask"));
  }

  /** Words that name what is asked stay: a thing the knowledge lacks still counts against a match. */
  @Test
  void anUnknownThingStillCountsAgainstAMatch() {
    LuceneKnowledgeIndex index = LuceneKnowledgeIndex.build(salon, general);

    assertThat(coverage(index, "maska regenerująca do włosów i opony zimowe", "hair-mask"))
        .isLessThan(coverage(index, "maska regenerująca do włosów", "hair-mask"));
  }

  /** A word is respelled into the client's language only: "lunchboxes" is not the German "Lunchboxen". */
  @Test
  void respellingStaysInTheClientsLanguage() {
    Knowledge catering = KnowledgeLoader.load(Path.of("src/test/resources/companies/green-table/knowledge")).orThrow();
    LuceneKnowledgeIndex index = LuceneKnowledgeIndex.build(catering, general);

    List<Hit> hits = index.search("how much r ur lunchboxes?", "en", 5);

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).id()).contains("lunch-box");
    assertThat(hits.get(0).language()).isEqualTo("en");
  }
}
