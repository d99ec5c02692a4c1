package io.frontline.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discount wording is refused unless it names a listed discount or says there is none. */
class DiscountGuardTest {

  static Knowledge knowledge;
  static DiscountGuard guard;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.load(Path.of("../knowledge")).orThrow();
    guard = new DiscountGuard(knowledge);
  }

  static Decision reply(String text) {
    return new Decision(Action.ANSWER, text, "en", List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "test");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sure, I'll give you a discount on your next order!",
        "For you we can make a special discount.",
        "Хорошо, сделаем вам скидку на следующий заказ.",
        "Dobrze, damy Panu rabat na to zamówienie.",
        "Rendben, adunk kedvezményt a következő rendelésre.",
        "Gut, wir geben Ihnen einen Rabatt auf die nächste Bestellung.",
        "Добре, зробимо вам знижку."
      })
  void anUnlistedDiscountIsRefused(String text) {
    Verdict v = guard.check(reply(text));
    assertThat(v.passed()).as(text).isFalse();
    assertThat(v.guard()).isEqualTo(DiscountGuard.NAME);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Our prices are fixed, so there is no discount, but every bottle is lab-tested.",
        "Цены у нас фиксированные, скидок мы не даём.",
        "Nie ma rabatu: ceny są stałe.",
        "Nincs kedvezmény, az áraink rögzítettek.",
        "Es gibt keinen Rabatt, die Preise sind fest."
      })
  void sayingThereIsNoDiscountPasses(String text) {
    assertThat(guard.check(reply(text)).passed()).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "pl", "hu"})
  void theListedBulkDiscountPassesInEveryLanguage(String lang) {
    String listed = knowledge.catalog().item("water-19l").orElseThrow().discounts().get(0).text().in(lang, "en");
    assertThat(guard.check(reply("Good news, a discount applies here: " + listed + ".")).passed()).isTrue();
  }

  /** The company's own articles speak of discounts only as the catalog does. */
  @org.junit.jupiter.api.Test
  void everySampleArticlePasses() {
    knowledge.articles().forEach(
        a ->
            a.byLanguage()
                .forEach(
                    (lang, t) ->
                        assertThat(guard.check(reply(t.body())).passed()).as("%s.%s.md: %s", a.id(), lang, guard.check(reply(t.body())).reason()).isTrue()));
  }

  /** The guard for a company whose only article, "discounts", is written in one language. */
  private static DiscountGuard withDiscountsArticle(String lang, String title, List<String> questions, String body) {
    io.frontline.knowledge.Article discounts =
        new io.frontline.knowledge.Article(
            "discounts", java.util.Map.of(lang, new io.frontline.knowledge.Article.Text(lang, title, questions, List.of(), body)));
    return new DiscountGuard(GuardFixtures.knowledge(List.of(), List.of(), List.of(discounts)));
  }

  /** A clarifying question lists articles by their titles; a title is the company's own word. */
  @org.junit.jupiter.api.Test
  void anArticleTitleQuotedInAQuestionPasses() {
    DiscountGuard withTitle =
        withDiscountsArticle("ru", "У вас есть скидки?", List.of("Бывают ли скидки для новых клиентов?"), "Цены фиксированные.");

    assertThat(withTitle.check(reply("Что именно вы имеете в виду? У вас есть скидки?; Офисный ланч-бокс")).passed()).isTrue();
    assertThat(withTitle.check(reply("Бывают ли скидки для новых клиентов?")).passed()).isTrue();
    assertThat(withTitle.check(reply("Сделаем вам скидку 10%.")).passed()).isFalse();
  }

  /** "ab 7 Nächten: 21.000 Ft": the thousands dot does not cut the listed discount in two. */
  @org.junit.jupiter.api.Test
  void aListedDiscountWithThousandsDotsPasses() {
    DiscountGuard withDots =
        new DiscountGuard(
            GuardFixtures.knowledge(
                List.of(GuardFixtures.item("room", "24000", GuardFixtures.discount("week", 7, "21000", "ab 7 Nächten: 21.000 Ft pro Nacht"))),
                List.of(),
                List.of()));

    assertThat(withDots.check(reply("Gute Nachricht: hier gilt ein Rabatt – ab 7 Nächten: 21.000 Ft pro Nacht.")).passed()).isTrue();
    assertThat(withDots.check(reply("Für Sie gilt ein Rabatt von 3.000 Ft.")).passed()).isFalse();
  }

  /**
   * Options are joined by semicolons, so the discount article's title may stand last among other
   * titles; each is checked on its own, and a promise slipped in between is still refused.
   */
  @org.junit.jupiter.api.Test
  void aTitleAmongOtherOptionsPasses() {
    DiscountGuard withTitle = withDiscountsArticle("pl", "Rabaty i promocje", List.of(), "Ceny są stałe.");

    assertThat(withTitle.check(reply("Którą pozycję mają Państwo na myśli? Pedicure hybrydowy; Manicure hybrydowy; Rabaty i promocje")).passed())
        .isTrue();
    assertThat(withTitle.check(reply("Którą pozycję mają Państwo na myśli? Pedicure hybrydowy; damy Pani rabat 10%")).passed())
        .isFalse();
  }
}
