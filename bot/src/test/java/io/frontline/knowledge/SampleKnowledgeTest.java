package io.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.app.Frontline;
import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.guard.NeverBounceGuard;
import io.frontline.guard.PriceGuard;
import io.frontline.guard.Verdict;
import io.frontline.language.LanguageDetector;
import io.frontline.text.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample company shipped in ../knowledge (AquaVita) is complete and clean. */
class SampleKnowledgeTest {

  static final Path SAMPLE = Path.of("../knowledge");
  static LoadResult loaded;
  static Knowledge k;

  @BeforeAll
  static void load() {
    assumeTrue(Files.isDirectory(SAMPLE.resolve("articles")), "the sample knowledge is not written yet");
    loaded = KnowledgeLoader.load(SAMPLE);
    k = loaded.knowledge().orElse(null);
  }

  @Test
  void loadsWithZeroErrors() {
    assertThat(loaded.problems().stream().filter(Problem::isError).map(Problem::toString)).isEmpty();
    assertThat(loaded.hasErrors()).isFalse();
    assertThat(k).isNotNull();
  }

  @Test
  void loadsWithoutWarningsEither() {
    // every topic has someone, every file is named after its id, there are articles
    assertThat(loaded.problems().stream().map(Problem::toString)).isEmpty();
  }

  @Test
  void hasEnoughOfEverything() {
    assertThat(k.articles()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(k.partners()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(k.staff()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(k.catalog().items()).isNotEmpty();
  }

  @Test
  void catalogHasTheBottleAtAFixedHundred() {
    assertThat(k.catalog().currency()).isEqualTo("UAH");
    CatalogItem water = k.catalog().item("water-19l").orElseThrow();
    assertThat(water.price()).isEqualByComparingTo("100");
    assertThat(water.available()).isTrue();
  }

  @Test
  void namedPartnerAndStaffExist() {
    Partner coolers = k.partner("cooler-service").orElseThrow();
    assertThat(coolers.contact().isEmpty()).isFalse();
    assertThat(coolers.covers().in("en")).isNotEmpty();
    StaffMember anna = k.staffMember("anna").orElseThrow();
    assertThat(anna.name().exactly("en")).contains("Anna");
  }

  @Test
  void defaultLanguageIsFirstAndEnglish() {
    assertThat(k.company().languages()).isNotEmpty();
    assertThat(k.defaultLanguage()).isEqualTo(k.company().languages().get(0)).isEqualTo("en");
    assertThat(k.company().languages()).contains("en", "ru", "uk", "pl", "hu", "de");
  }

  @Test
  void everyArticleHasEnglishAndRussian() {
    assertThat(k.articles())
        .allSatisfy(a -> assertThat(a.byLanguage()).as(a.id()).containsKeys("en", "ru"));
  }

  @Test
  void everyArticleIsInEveryCompanyLanguage() {
    List<String> missing = new ArrayList<>();
    for (Article a : k.articles()) {
      for (String lang : k.company().languages()) {
        if (a.in(lang).isEmpty()) {
          missing.add(a.id() + "." + lang);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyCatalogItemAndPartnerHasEnglishAndRussianNames() {
    assertThat(k.catalog().items())
        .allSatisfy(i -> assertThat(i.name().languages()).as(i.id()).contains("en", "ru"));
    assertThat(k.partners())
        .allSatisfy(p -> assertThat(p.description().languages()).as(p.id()).contains("en", "ru"));
  }

  @Test
  void everyReferenceResolves() {
    for (CatalogItem i : k.catalog().items()) {
      assertThat(i.alternatives()).allSatisfy(a -> assertThat(k.catalog().item(a)).as(i.id() + " -> " + a).isPresent());
      assertThat(i.partners()).allSatisfy(p -> assertThat(k.partner(p)).as(i.id() + " -> " + p).isPresent());
    }
    for (StaffMember s : k.staff()) {
      s.backup().ifPresent(b -> assertThat(k.staffMember(b)).as(s.id() + " backup").isPresent());
    }
  }

  @Test
  void everyTopicHasSomeone() {
    assertThat(KnowledgeLoader.TOPICS)
        .allSatisfy(t -> assertThat(k.staff()).as(t).anyMatch(s -> s.handles(t)));
  }

  /** The guards would refuse an article whose text breaks a rule: then it could never be sent. */
  @Test
  void everyArticleBodyPassesTheGuards() {
    NeverBounceGuard bounce = NeverBounceGuard.withBuiltInPatterns(k);
    PriceGuard prices = new PriceGuard(k);
    List<String> refused = new ArrayList<>();
    for (Article a : k.articles()) {
      a.byLanguage()
          .forEach(
              (lang, t) -> {
                Decision d =
                    new Decision(Action.ANSWER, t.body(), lang, List.of(a.id()), Optional.empty(), Optional.empty(), Optional.empty(), "test");
                for (Verdict v : List.of(bounce.check(d), prices.check(d))) {
                  if (!v.passed()) {
                    refused.add(a.id() + "." + lang + ": " + v.reason());
                  }
                }
              });
    }
    assertThat(refused).isEmpty();
  }

  @Test
  void everyArticleIsWrittenInItsLanguage() {
    LanguageDetector detector = Frontline.detector();
    List<String> wrong = new ArrayList<>();
    for (Article a : k.articles()) {
      a.byLanguage()
          .forEach(
              (lang, t) -> {
                if (Words.of(t.body()).size() >= 6) {
                  String detected = detector.detect(t.body()).map(LanguageDetector.Detection::language).orElse("?");
                  if (!detected.equals(lang)) {
                    wrong.add(a.id() + "." + lang + " reads as " + detected);
                  }
                }
              });
    }
    assertThat(wrong).isEmpty();
  }
}
