package io.frontline.knowledge;

import io.frontline.testing.Folders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeLoaderTest {

  @TempDir Path tmp;
  KnowledgeFixture fx;

  @BeforeEach
  void fixture() {
    fx = KnowledgeFixture.in(tmp);
  }

  private static List<Problem> errors(LoadResult r) {
    return r.problems().stream().filter(Problem::isError).toList();
  }

  /** The single error of a result that must have exactly one. */
  private static Problem onlyError(LoadResult r) {
    assertThat(errors(r)).as("errors of %s", r.problems()).hasSize(1);
    return errors(r).get(0);
  }

  // ---------------------------------------------------------------- valid folder

  @Test
  void minimalFolderLoadsWithoutAnyProblem() {
    LoadResult r = fx.load();

    assertThat(r.problems()).isEmpty();
    assertThat(r.hasErrors()).isFalse();
    Knowledge k = r.orThrow();
    assertThat(k.company().id()).isEqualTo("testco");
    assertThat(k.defaultLanguage()).isEqualTo("en");
    assertThat(k.company().languages()).containsExactly("en", "ru");
    assertThat(k.company().about().exactly("ru")).hasValueSatisfying(t -> assertThat(t).startsWith("Мы доставляем"));
    // a plain string is text in the default language
    assertThat(k.company().value().exactly("en")).contains("Every bottle is lab-tested.");
    assertThat(k.catalog().currency()).isEqualTo("UAH");
    assertThat(k.catalog().items()).extracting(CatalogItem::id).containsExactly("water-19l", "water-6l", "cooler");
    CatalogItem water = k.catalog().item("water-19l").orElseThrow();
    assertThat(water.price()).isEqualByComparingTo("100");
    assertThat(water.aliases().in("ru")).containsExactly("бутыль", "вода 19 литров");
    assertThat(water.discounts()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("bulk-10");
      assertThat(d.minQuantity()).isEqualTo(10);
      assertThat(d.price()).isEqualByComparingTo("90");
    });
    CatalogItem small = k.catalog().item("water-6l").orElseThrow();
    assertThat(small.available()).isFalse();
    assertThat(small.backOn()).contains(LocalDate.of(2026, 12, 1));
    assertThat(small.name().exactly("en")).contains("Drinking water, 6 L bottle");
    assertThat(k.catalog().quotablePrices())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("45"), new BigDecimal("1800"));
    assertThat(k.partners()).extracting(Partner::id).containsExactly("cooler-service", "filters");
    assertThat(k.partner("cooler-service").orElseThrow().trust()).isEqualTo(Partner.Trust.HIGH);
    assertThat(k.partner("filters").orElseThrow().trust()).isEqualTo(Partner.Trust.NORMAL);
    assertThat(k.partner("filters").orElseThrow().covers().in("en")).containsExactly("water filter installation");
    assertThat(k.staff()).extracting(StaffMember::id).containsExactly("anna", "oleh");
    assertThat(k.staffMember("anna").orElseThrow().username()).contains("anna_test");
    assertThat(k.staffMember("anna").orElseThrow().backup()).contains("oleh");
    assertThat(k.keyClients()).hasSize(2);
    assertThat(k.keyClients().get(1).matches(Optional.empty(), Optional.of("@BigOffice"))).isTrue();
    assertThat(k.keyOrderQuantity()).contains(50);
    Article a = k.article("delivery-zones").orElseThrow();
    assertThat(a.byLanguage()).containsOnlyKeys("en", "ru");
    Article.Text en = a.in("en").orElseThrow();
    assertThat(en.title()).isEqualTo("Where do you deliver?");
    assertThat(en.questions()).containsExactly("Do you deliver to Horiany?", "What is your delivery area?");
    assertThat(en.tags()).containsExactly("delivery");
    assertThat(en.body()).startsWith("We deliver in the city").doesNotContain("---");
  }

  @Test
  void negativeTelegramChatIdOfAPartnerIsValid() {
    // group and channel ids are negative; this must not be read as a negative amount
    LoadResult r = fx.load();

    assertThat(r.problems()).noneMatch(p -> p.field().contains("telegram_chat_id"));
    assertThat(r.orThrow().partner("cooler-service").orElseThrow().telegramChatId()).contains(-1001234567890L);
    assertThat(r.orThrow().partner("filters").orElseThrow().telegramChatId()).isEmpty();
  }

  @Test
  void clientsFileIsOptional() {
    LoadResult r = fx.remove("clients.yaml").load();

    assertThat(errors(r)).isEmpty();
    assertThat(r.orThrow().keyClients()).isEmpty();
    assertThat(r.orThrow().keyOrderQuantity()).isEmpty();
  }

  @Test
  void missingFolderIsOneErrorNotAnException() {
    LoadResult r = KnowledgeLoader.load(tmp.resolve("nowhere"));

    assertThat(r.knowledge()).isEmpty();
    assertThat(onlyError(r).message()).isEqualTo("no such knowledge folder");
  }

  @Test
  void missingRequiredFileIsReported() {
    LoadResult r = fx.remove("staff.yaml").remove("clients.yaml").load();

    Problem p = onlyError(r);
    assertThat(p.file()).isEqualTo("knowledge/staff.yaml");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("file is missing");
    assertThat(r.knowledge()).as("the rest still loads, so later checks can run").isPresent();
  }

  @Test
  void missingStaffFileAlsoBreaksReferencesToStaff() {
    LoadResult r = fx.remove("staff.yaml").load();

    assertThat(errors(r)).extracting(Problem::message)
        .containsExactly("file is missing", "unknown staff 'oleh'", "unknown staff 'anna'");
  }

  @Test
  void orThrowListsEveryErrorWithFileAndLine() {
    fx.replace("catalog.yaml", "price: 45", "price: cheap")
        .replace("staff.yaml", "backup: oleh", "backup: olga");
    LoadResult r = fx.load();

    assertThatThrownBy(r::orThrow)
        .isInstanceOf(KnowledgeException.class)
        .hasMessageStartingWith("the knowledge has errors:")
        .hasMessageContaining("knowledge/catalog.yaml:" + fx.lineOf("catalog.yaml", "price: cheap") + ": error: items[water-6l].price: must be a number, not 'cheap'")
        .hasMessageContaining("knowledge/staff.yaml:" + fx.lineOf("staff.yaml", "backup: olga") + ": error: staff[anna].backup: unknown staff 'olga'");
  }

  /**
   * Issue 16: one price the catalog could not read made every article quoting it an error too
   * (five "is not a catalog price" errors after the one that mattered).
   */
  @Test
  void aCatalogErrorIsNotFollowedByKnockOnArticleErrors(@TempDir Path copy) throws Exception {
    Folders.copy(Path.of("../knowledge"), copy);
    Path catalog = copy.resolve("catalog.yaml");
    String text = java.nio.file.Files.readString(catalog);
    int second = text.indexOf("price:", text.indexOf("price:") + 1); // the first discount's price
    java.nio.file.Files.writeString(catalog,
        text.substring(0, second) + "price: lots" + text.substring(text.indexOf('\n', second)));

    List<Problem> errors = KnowledgeLoader.load(copy).problems().stream().filter(Problem::isError).toList();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).contains("catalog.yaml").contains("'lots'"));
    assertThat(KnowledgeLoader.load(copy).problems())
        .anySatisfy(w -> assertThat(w.message()).contains("checked once catalog.yaml has no errors"));
  }

  // ---------------------------------------------------------------- Problem format

  @Test
  void problemToStringIsFileLineSeverityFieldMessage() {
    assertThat(Problem.error("knowledge/catalog.yaml", 12, "items.0.price", "is required"))
        .hasToString("knowledge/catalog.yaml:12: error: items.0.price: is required");
    assertThat(Problem.warning("knowledge/staff.yaml", 1, "topics", "nobody handles 'legal'"))
        .hasToString("knowledge/staff.yaml:1: warning: topics: nobody handles 'legal'");
    // no field: no empty "field: " part
    assertThat(Problem.error("knowledge/company.yaml", 3, "", "bad YAML: oops"))
        .hasToString("knowledge/company.yaml:3: error: bad YAML: oops");
  }

  // ---------------------------------------------------------------- YAML syntax

  private static Problem yamlError(LoadResult r) {
    List<Problem> bad = errors(r).stream().filter(e -> e.message().startsWith("bad YAML: ")).toList();
    assertThat(bad).as("bad YAML errors in %s", r.problems()).hasSize(1);
    return bad.get(0);
  }

  @Test
  void unclosedQuoteIsReportedWhereTheQuoteOpens() {
    String broken =
        """
        currency: UAH
        items:
          - id: water-19l
            name: "Drinking water
            price: 100
        """;
    Problem p = yamlError(fx.put("catalog.yaml", broken).load());

    assertThat(p.file()).isEqualTo("knowledge/catalog.yaml");
    assertThat(p.field()).isEmpty();
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).isEqualTo("bad YAML: while scanning a quoted scalar: found unexpected end of stream");
    assertThat(p).hasToString("knowledge/catalog.yaml:4: error: bad YAML: while scanning a quoted scalar: found unexpected end of stream");
  }

  @Test
  void badYamlIsOneLineLikeEveryProblem() {
    // editors and CI logs read one problem per line: SnakeYAML's snippet and caret must not leak
    fx.replace("articles/delivery-zones.ru.md", "questions: [\"Доставляете в Горяны?\"]", "questions: [Доставляете в Горяны?]");
    Problem p = yamlError(fx.load());

    assertThat(p.toString()).doesNotContain("\n").doesNotContain("^");
    assertThat(p.message()).isEqualTo("bad YAML: while parsing a flow sequence: expected ',' or ']', but got ?");
    // front matter starts on line 2 of the file: the offset is counted
    assertThat(p.line()).isEqualTo(fx.lineOf("articles/delivery-zones.ru.md", "questions:"));
  }

  @Test
  void secondValueOnAMappingLine() {
    fx.replace("staff.yaml", "    role: sales", "    role: sales: and more");
    Problem p = yamlError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/staff.yaml");
    assertThat(p.line()).isEqualTo(fx.lineOf("staff.yaml", "role: sales: and more"));
    assertThat(p.message()).isEqualTo("bad YAML: mapping values are not allowed here");
  }

  @Test
  void tabIndentationIsReportedOnItsOwnLine() {
    fx.replace("staff.yaml", "    role: sales\n", "    role: sales\n\tlanguages: [en]\n");
    Problem p = yamlError(fx.load());

    assertThat(p.line()).as(p.toString()).isEqualTo(fx.lineOf("staff.yaml", "\tlanguages"));
    assertThat(p.message()).contains("TAB");
  }

  @Test
  void badIndentationIsReportedOnItsOwnLine() {
    fx.replace("catalog.yaml", "    price: 45", "   price: 45");
    Problem p = yamlError(fx.load());

    assertThat(p.line()).as(p.toString()).isEqualTo(fx.lineOf("catalog.yaml", "   price: 45"));
  }

  @Test
  void keyWrittenTwiceIsAnErrorNotASilentOverride() {
    fx.replace("catalog.yaml", "    price: 45\n", "    price: 45\n    price: 40\n");
    Problem p = yamlError(fx.load());

    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "price: 40"));
    assertThat(p.message()).contains("Duplicate field 'price'");
  }

  @Test
  void badYamlInArticleFrontMatterReportsTheFileLine() {
    String article =
        """
        ---
        id: delivery-zones
        language: en
        title: Where: do you deliver?
        ---
        We deliver in the city.
        """;
    Problem p = yamlError(fx.put("articles/delivery-zones.en.md", article).load());

    assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.en.md");
    assertThat(p.line()).isEqualTo(4);
  }

  // ---------------------------------------------------------------- ids

  @Test
  void duplicateCatalogId() {
    fx.replace("catalog.yaml", "  - id: cooler\n", "  - id: water-6l\n");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/catalog.yaml");
    assertThat(p.field()).isEqualTo("items.2.id");
    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "name: \"Floor water cooler\"") - 1);
    assertThat(p.message()).isEqualTo("duplicate catalog item id 'water-6l'");
  }

  @Test
  void duplicatePartnerId() {
    fx.replace("partners.yaml", "  - id: filters", "  - id: cooler-service");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/partners.yaml");
    assertThat(p.field()).isEqualTo("partners.1.id");
    assertThat(p.line()).isEqualTo(fx.lineOf("partners.yaml", "name: FilterPro") - 1);
    assertThat(p.message()).isEqualTo("duplicate partner id 'cooler-service'");
    assertThat(p).hasToString("knowledge/partners.yaml:" + p.line() + ": error: partners.1.id: duplicate partner id 'cooler-service'");
  }

  @Test
  void sameIdInDifferentFilesIsNotADuplicate() {
    // kinds are separate namespaces: a partner may share an id with a staff member
    fx.replace("partners.yaml", "  - id: filters", "  - id: anna");
    assertThat(errors(fx.load())).isEmpty();
  }

  @Test
  void duplicateStaffTelegramUserId() {
    fx.replace("staff.yaml", "telegram_user_id: 100000002", "telegram_user_id: 100000001");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("staff[oleh].telegram_user_id");
    assertThat(p.line()).isEqualTo(fx.lineOf("staff.yaml", "role: sales") + 1);
    assertThat(p.message()).isEqualTo("two staff members have the same Telegram user id");
  }

  @Test
  void duplicateArticleIdAndLanguage() {
    // a second English text for the same article id, in a differently named file
    fx.put("articles/delivery-copy.en.md", KnowledgeFixture.ARTICLE_EN);
    LoadResult r = fx.load();

    Problem p = onlyError(r);
    // files are read in name order: delivery-copy.en.md first, so delivery-zones.en.md is the duplicate
    assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.en.md");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("id");
    assertThat(p.message()).isEqualTo("duplicate article id 'delivery-zones' in language en");
    // and the misnamed copy is warned about
    assertThat(r.problems())
        .anySatisfy(w -> {
          assertThat(w.isError()).isFalse();
          assertThat(w.file()).isEqualTo("knowledge/articles/delivery-copy.en.md");
          assertThat(w.message()).isEqualTo("the file should be named delivery-zones.en.md");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Water_19L", "water 19l", "water--19l", "-water", "вода", "Anna"})
  void nonSlugIdIsAnError(String bad) {
    fx.replace("catalog.yaml", "  - id: cooler\n", "  - id: \"" + bad + "\"\n");
    LoadResult r = fx.load();

    assertThat(errors(r))
        .anySatisfy(p -> {
          assertThat(p.file()).isEqualTo("knowledge/catalog.yaml");
          assertThat(p.field()).isEqualTo("items.2.id");
          assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "name: \"Floor water cooler\"") - 1);
          assertThat(p.message()).isEqualTo("'" + bad + "' is not a slug (lowercase letters, digits and dashes)");
        });
  }

  @Test
  void nonSlugStaffIdIsAnError() {
    fx.replace("staff.yaml", "  - id: oleh", "  - id: Oleh.K").replace("staff.yaml", "backup: oleh", "backup: Oleh.K")
        .replace("clients.yaml", "account_manager: oleh", "account_manager: anna");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::field, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("staff.1.id", "'Oleh.K' is not a slug (lowercase letters, digits and dashes)"));
  }

  // ---------------------------------------------------------------- references

  @Test
  void unknownPartnerInCatalog() {
    fx.replace("catalog.yaml", "partners: [cooler-service]", "partners: [cooler-service, plumbers]");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/catalog.yaml");
    assertThat(p.field()).isEqualTo("items[water-19l].partners.1");
    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "partners: [cooler-service, plumbers]"));
    assertThat(p.message()).isEqualTo("unknown partner 'plumbers'");
  }

  @Test
  void unknownAlternativeInCatalog() {
    fx.replace("catalog.yaml", "alternatives: [water-6l]", "alternatives:\n        - water-6l\n        - water-1l");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("items[water-19l].alternatives.1");
    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "- water-1l"));
    assertThat(p.message()).isEqualTo("unknown catalog item 'water-1l'");
  }

  @Test
  void alternativeMayReferToALaterItem() {
    // references are checked after every file is read, so order in the file does not matter
    fx.replace("catalog.yaml", "alternatives: [water-6l]", "alternatives: [cooler]");
    assertThat(errors(fx.load())).isEmpty();
  }

  @Test
  void unknownStaffBackup() {
    fx.replace("staff.yaml", "backup: oleh", "backup: olga");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/staff.yaml");
    assertThat(p.field()).isEqualTo("staff[anna].backup");
    assertThat(p.line()).isEqualTo(fx.lineOf("staff.yaml", "backup: olga"));
    assertThat(p.message()).isEqualTo("unknown staff 'olga'");
  }

  @Test
  void ownBackupIsAnError() {
    fx.replace("staff.yaml", "backup: oleh", "backup: anna");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("staff[anna].backup");
    assertThat(p.message()).isEqualTo("a person cannot be their own backup");
  }

  @Test
  void unknownKeyClientAccountManager() {
    fx.replace("clients.yaml", "account_manager: oleh", "account_manager: maria");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/clients.yaml");
    assertThat(p.field()).isEqualTo("key_clients.0.account_manager");
    assertThat(p.line()).isEqualTo(fx.lineOf("clients.yaml", "account_manager: maria"));
    assertThat(p.message()).isEqualTo("unknown staff 'maria'");
    assertThat(p).hasToString("knowledge/clients.yaml:" + p.line() + ": error: key_clients.0.account_manager: unknown staff 'maria'");
  }

  @Test
  void keyClientWithoutAnyIdentity() {
    fx.replace("clients.yaml", "  - username: \"@bigoffice\"\n", "  - username: \"\"\n");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("key_clients.1");
    assertThat(p.message()).isEqualTo("give telegram_user_id or username");
  }

  // ---------------------------------------------------------------- languages

  @Test
  void missingDefaultLanguageTextIsReportedWithFieldPathAndLine() {
    fx.replace(
        "catalog.yaml",
        "name: {en: \"Drinking water, 19 L bottle\", ru: \"Питьевая вода, бутыль 19 л\"}",
        "name: {ru: \"Питьевая вода, бутыль 19 л\"}");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/catalog.yaml");
    assertThat(p.field()).isEqualTo("items[water-19l].name");
    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "name: {ru:"));
    assertThat(p.message()).isEqualTo("has no text in the default language 'en'");
    assertThat(p).hasToString("knowledge/catalog.yaml:" + p.line() + ": error: items[water-19l].name: has no text in the default language 'en'");
  }

  @Test
  void emptyDefaultLanguageTextCountsAsMissing() {
    fx.replace("staff.yaml", "role: {en: customer care,", "role: {en: \"  \",");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("staff[anna].role");
    assertThat(p.message()).isEqualTo("has no text in the default language 'en'");
  }

  @Test
  void missingDefaultLanguageInPartnerBlockMapIsOnItsOwnLine() {
    fx.replace(
        "partners.yaml",
        "    why: \"We have sent our own coolers to them for six years.\"",
        "    why:\n      ru: \"Шесть лет ремонтируют наши кулеры.\"");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("partners[cooler-service].why");
    assertThat(p.line()).isEqualTo(fx.lineOf("partners.yaml", "    why:"));
  }

  @Test
  void defaultLanguageIsTheFirstCompanyLanguageEvenInCompanyYaml() {
    // a Russian-first company writes its own company.yaml in Russian only
    fx.put(
            "company.yaml",
            """
            id: testco
            name: ТестКо
            about: {ru: "Доставляем питьевую воду."}
            languages: [ru, en]
            time_zone: Europe/Kyiv
            """)
        .put("catalog.yaml", "currency: UAH\nitems:\n  - {id: water-19l, name: Вода, price: 100, unit: бутыль}\n")
        .put("partners.yaml", "partners: []\n")
        .put(
            "staff.yaml",
            "staff:\n  - {id: anna, name: Анна, role: менеджер, telegram_user_id: 1, languages: [ru],"
                + " topics: [complaint, refund, delivery-problem, legal, corporate, orders, equipment, billing, general]}\n")
        .remove("clients.yaml")
        .remove("articles/delivery-zones.en.md");
    LoadResult r = fx.load();

    assertThat(errors(r)).isEmpty();
    Knowledge k = r.orThrow();
    assertThat(k.defaultLanguage()).isEqualTo("ru");
    assertThat(k.company().name().exactly("ru")).contains("ТестКо");
    assertThat(k.company().about().exactly("ru")).contains("Доставляем питьевую воду.");
    assertThat(k.catalog().item("water-19l").orElseThrow().name().exactly("ru")).contains("Вода");
  }

  @Test
  void badLanguageCodes() {
    fx.replace("company.yaml", "languages: [en, ru]", "languages: [en, russian, en]");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::field, Problem::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple("languages.1", "'russian' is not a two-letter language code"),
            org.assertj.core.groups.Tuple.tuple("languages.2", "'en' is listed twice"));
  }

  /** "ua" is Ukraine; Ukrainian is "uk". A code that is no language at all is refused too. */
  @Test
  void aCountryOrAnUnknownCodeIsNoLanguage() {
    fx.replace("company.yaml", "languages: [en, ru]", "languages: [en, ru, ua, xx]");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::field, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("languages.2", "'ua' is a country, not a language: write 'uk'"),
            org.assertj.core.groups.Tuple.tuple("languages.3", "'xx' is not an ISO 639-1 language code (en, uk, pl, de …)"));
  }

  /** A language the company serves that an article lacks is reported, with what clients read instead. */
  @Test
  void aMissingTranslationIsAWarning() {
    LoadResult r = fx.remove("articles/delivery-zones.ru.md").load();

    assertThat(errors(r)).isEmpty();
    assertThat(r.problems())
        .filteredOn(p -> !p.isError() && p.message().startsWith("no text in ru"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.file()).endsWith("delivery-zones.en.md");
          assertThat(p.message()).endsWith("read this article in en");
        });
  }

  /** A translated name that skips a served language is reported; a name in one language is a name everywhere. */
  @Test
  void aTranslatedNameMissingALanguageIsAWarning() {
    fx.replace("company.yaml", "languages: [en, ru]", "languages: [en, ru, uk]");
    LoadResult r = fx.load();

    assertThat(r.problems()).extracting(Problem::field)
        .contains("items[water-19l].name")
        .doesNotContain("items[water-6l].name", "items[cooler].name");
  }

  // ---------------------------------------------------------------- articles

  /** Questions written as a map from language to list, like aliases: the file's language is used. */
  @Test
  void articleQuestionsMayBeAMapByLanguage() {
    fx.replace(
        "articles/delivery-zones.en.md",
        "questions:\n  - Do you deliver to Horiany?\n  - What is your delivery area?\n",
        "questions:\n  en: [\"Do you deliver to Horiany?\"]\n  ru: [\"Вы доставляете в Горяны?\"]\n");
    LoadResult r = fx.load();

    assertThat(errors(r)).isEmpty();
    assertThat(r.orThrow().articlesById().get("delivery-zones").byLanguage().get("en").questions())
        .containsExactly("Do you deliver to Horiany?");
    assertThat(r.problems()).extracting(Problem::field).contains("questions.ru");
  }

  @Test
  void articleWithoutDefaultLanguageFile() {
    LoadResult r = fx.remove("articles/delivery-zones.en.md").load();

    Problem p = onlyError(r);
    assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.ru.md");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("language");
    assertThat(p.message())
        .isEqualTo("article 'delivery-zones' has no text in the default language 'en' (add delivery-zones.en.md)");
  }

  @Test
  void articleFrontMatterNotClosed() {
    String article =
        """
        ---
        id: delivery-zones
        language: en
        title: Where do you deliver?
        We deliver in the city and villages within 15 km.
        """;
    LoadResult r = fx.put("articles/delivery-zones.en.md", article).load();

    assertThat(errors(r))
        .anySatisfy(p -> {
          assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.en.md");
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.message()).isEqualTo("front matter is not closed with a '---' line");
        });
    // and without its English text the article lacks the default language
    assertThat(errors(r)).anyMatch(p -> p.field().equals("language"));
  }

  @Test
  void articleWithoutFrontMatter() {
    Problem p = onlyError(fx.put("articles/notes.en.md", "Just some notes.\n").load());

    assertThat(p.file()).isEqualTo("knowledge/articles/notes.en.md");
    assertThat(p.message()).isEqualTo("must start with a '---' front matter line");
  }

  @Test
  void articleWithBomAndWindowsLineEndingsLoads() {
    fx.put("articles/delivery-zones.en.md", "\uFEFF" + KnowledgeFixture.ARTICLE_EN.replace("\n", "\r\n"));
    LoadResult r = fx.load();

    assertThat(errors(r)).isEmpty();
    assertThat(r.orThrow().article("delivery-zones").orElseThrow().in("en").orElseThrow().title())
        .isEqualTo("Where do you deliver?");
  }

  @Test
  void articleWithoutBodyOrTitle() {
    fx.put("articles/empty.en.md", "---\nid: empty\nlanguage: en\n---\n\n");
    fx.put("articles/untitled.en.md", "---\nid: untitled\nlanguage: en\n---\nText.\n");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::file, Problem::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("knowledge/articles/empty.en.md", "title"),
            org.assertj.core.groups.Tuple.tuple("knowledge/articles/empty.en.md", "body"),
            org.assertj.core.groups.Tuple.tuple("knowledge/articles/untitled.en.md", "title"));
  }

  @Test
  void priceInArticleBodyThatIsNotACatalogPrice() {
    fx.replace("articles/delivery-zones.en.md", "A bottle costs 100 UAH with delivery.", "Express delivery costs 123 UAH.");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.en.md");
    assertThat(p.field()).isEqualTo("body");
    assertThat(p.line()).isEqualTo(fx.lineOf("articles/delivery-zones.en.md", "costs 123 UAH"));
    assertThat(p.message()).isEqualTo("price '123 UAH' is not a catalog price");
    assertThat(p).hasToString("knowledge/articles/delivery-zones.en.md:" + p.line() + ": error: body: price '123 UAH' is not a catalog price");
  }

  @Test
  void priceDeepInALongArticleIsReportedOnItsOwnLine() {
    String article =
        """
        ﻿---
        id: delivery-zones
        language: en
        title: Where do you deliver?
        ---


        We deliver in the city.

        Villages within 15 km are included.
        Express delivery costs 150 UAH.
        """;
    Problem p = onlyError(fx.put("articles/delivery-zones.en.md", article.replace("\n", "\r\n")).load());

    assertThat(p.line()).isEqualTo(11);
    assertThat(p.message()).isEqualTo("price '150 UAH' is not a catalog price");
  }

  @Test
  void priceInRussianArticleBodyThatIsNotACatalogPrice() {
    fx.replace("articles/delivery-zones.ru.md", "Бутыль стоит 100 грн с доставкой.", "Срочная доставка стоит 50 гривен.");
    Problem p = onlyError(fx.load());

    assertThat(p.file()).isEqualTo("knowledge/articles/delivery-zones.ru.md");
    assertThat(p.message()).isEqualTo("price '50 гривен' is not a catalog price");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100 UAH", "90 UAH", "45 грн", "1800 UAH", "1 800 UAH", "1 800 грн", "1,800 UAH", "1.800 грн", "100.00 UAH", "₴ 100", "UAH 45"})
  void catalogPricesInArticlesPass(String price) {
    fx.replace("articles/delivery-zones.en.md", "A bottle costs 100 UAH with delivery.", "It costs " + price + ".");
    assertThat(errors(fx.load())).isEmpty();
  }

  @Test
  void currencyClosingOneAmountIsNotReadAsOpeningTheNext() {
    fx.replace(
        "articles/delivery-zones.ru.md",
        "Бутыль стоит 100 грн с доставкой.",
        "Бутыль стоит 100 грн. 10 бутылей и больше: 90 грн за бутыль. Помпа 45 UAH 2 штуки.");
    assertThat(errors(fx.load())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UAH 95", "₴95", "1 900 UAH", "2,500 грн", "95 гривень", "95грн"})
  void inventedPricesInArticlesAreErrors(String price) {
    // the guard refuses these at runtime, so check must catch them first
    fx.replace("articles/delivery-zones.en.md", "A bottle costs 100 UAH with delivery.", "It costs " + price + ".");
    Problem p = onlyError(fx.load());
    assertThat(p.field()).isEqualTo("body");
    assertThat(p.message()).endsWith("is not a catalog price");
  }

  // ---------------------------------------------------------------- catalog values

  @Test
  void negativePriceIsAnError() {
    fx.replace("catalog.yaml", "price: 45", "price: -45");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("items[water-6l].price");
    assertThat(p.line()).isEqualTo(fx.lineOf("catalog.yaml", "price: -45"));
    assertThat(p.message()).isEqualTo("must not be negative");
  }

  @Test
  void discountPriceMustBeLowerThanItemPrice() {
    fx.replace("catalog.yaml", "price: 90", "price: 110");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("items[water-19l].discounts[bulk-10].price");
    assertThat(p.message()).isEqualTo("a discount price must be lower than the item price");
  }

  @Test
  void badBackOnDate() {
    fx.replace("catalog.yaml", "back_on: 2026-12-01", "back_on: next week");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("items[water-6l].back_on");
    assertThat(p.message()).isEqualTo("'next week' is not a date like 2026-12-01");
  }

  /** Entries are named by their id, so the company finds them; a bad id keeps the position. */
  @Test
  void entriesAreNamedByTheirId() {
    fx.replace("catalog.yaml", "price: 45", "price: cheap").replace("catalog.yaml", "id: cooler", "id: Cooler!");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::field).contains("items[water-6l].price", "items.2.id");
  }

  @Test
  void badTrustAndBadTelegramChatId() {
    fx.replace("partners.yaml", "trust: high", "trust: very")
        .replace("partners.yaml", "telegram_chat_id: -1001234567890", "telegram_chat_id: \"@coolfix\"");
    LoadResult r = fx.load();

    assertThat(errors(r)).extracting(Problem::field, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("partners[cooler-service].trust", "must be high or normal, not 'very'"),
            org.assertj.core.groups.Tuple.tuple("partners[cooler-service].telegram_chat_id", "must be a Telegram chat id (a whole number)"));
  }

  @Test
  void unknownTimeZone() {
    fx.replace("company.yaml", "time_zone: Europe/Kyiv", "time_zone: Uzhhorod");
    Problem p = onlyError(fx.load());

    assertThat(p.field()).isEqualTo("time_zone");
    assertThat(p.line()).isEqualTo(fx.lineOf("company.yaml", "time_zone:"));
  }

  @Test
  void staffTopicNobodyHandlesIsAWarning() {
    fx.replace("staff.yaml", "topics: [corporate, orders, equipment, billing]", "topics: [corporate, orders, equipment]");
    LoadResult r = fx.load();

    assertThat(errors(r)).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.file()).isEqualTo("knowledge/staff.yaml");
      assertThat(p.message()).contains("'billing'");
    });
  }

  // ---------------------------------------------------------------- hours

  @Nested
  class Hours {

    @Test
    void dayRangesAndClosedDays() {
      WorkingHours h = fx.load().orThrow().company().hours();

      assertThat(h.days().get(DayOfWeek.MONDAY)).containsExactly(new WorkingHours.Range(LocalTime.of(9, 0), LocalTime.of(18, 0)));
      assertThat(h.days().get(DayOfWeek.FRIDAY)).containsExactly(new WorkingHours.Range(LocalTime.of(9, 0), LocalTime.of(18, 0)));
      assertThat(h.days().get(DayOfWeek.SATURDAY)).containsExactly(new WorkingHours.Range(LocalTime.of(10, 0), LocalTime.of(14, 0)));
      assertThat(h.days().get(DayOfWeek.SUNDAY)).isEmpty();
      // 2026-11-24 is a Tuesday
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 24, 9, 0))).isTrue();
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 24, 17, 59))).isTrue();
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 24, 18, 0))).isFalse();
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 29, 12, 0))).as("Sunday").isFalse();
      assertThat(h.nextOpening(LocalDateTime.of(2026, 11, 28, 15, 0))).as("Saturday after closing")
          .contains(LocalDateTime.of(2026, 11, 30, 9, 0));
    }

    @Test
    void staffWithoutHoursIsAlwaysOnDuty() {
      StaffMember oleh = fx.load().orThrow().staffMember("oleh").orElseThrow();
      assertThat(oleh.hours()).isEqualTo(WorkingHours.ALWAYS);
    }

    @Test
    void severalRangesShortHoursAndMidnight() {
      fx.replace("company.yaml", "sat: \"10:00-14:00\"", "sat: \"9:00-13:00, 14:00-24:00\"");
      LoadResult r = fx.load();

      assertThat(errors(r)).isEmpty();
      WorkingHours h = r.orThrow().company().hours();
      assertThat(h.days().get(DayOfWeek.SATURDAY))
          .containsExactly(
              new WorkingHours.Range(LocalTime.of(9, 0), LocalTime.of(13, 0)),
              new WorkingHours.Range(LocalTime.of(14, 0), LocalTime.MAX));
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 28, 23, 59))).isTrue();
      assertThat(h.isOpenAt(LocalDateTime.of(2026, 11, 28, 13, 30))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18:00-09:00", "9-18", "09:00", "25:00-26:00", "09:00-09:00", "morning"})
    void badRangeIsReportedWithDayAndLine(String bad) {
      fx.replace("company.yaml", "sat: \"10:00-14:00\"", "sat: \"" + bad + "\"");
      LoadResult r = fx.load();

      Problem p = onlyError(r);
      assertThat(p.file()).isEqualTo("knowledge/company.yaml");
      assertThat(p.field()).isEqualTo("hours.sat");
      assertThat(p.line()).isEqualTo(fx.lineOf("company.yaml", "sat:"));
      assertThat(p.message()).isEqualTo("'" + bad + "' is not a time range like 09:00-18:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"weekdays", "fri-mon", "monday", "mon-xyz"})
    void badDayIsReported(String bad) {
      fx.replace("company.yaml", "sat: \"10:00-14:00\"", bad + ": \"10:00-14:00\"");
      Problem p = onlyError(fx.load());

      assertThat(p.field()).isEqualTo("hours." + bad);
      assertThat(p.message()).isEqualTo("'" + bad + "' is not a day, a day range (mon, tue-fri, …) or a date (2026-12-24)");
    }

    @Test
    void badRangeInStaffHours() {
      fx.replace("staff.yaml", "mon-fri: \"09:00-18:00\"", "mon-fri: \"18:00-9:00\"");
      Problem p = onlyError(fx.load());

      assertThat(p.file()).isEqualTo("knowledge/staff.yaml");
      assertThat(p.field()).isEqualTo("staff[anna].hours.mon-fri");
      assertThat(p.line()).isEqualTo(fx.lineOf("staff.yaml", "mon-fri: \"18:00-9:00\""));
    }

    @Test
    void hoursMustBeAMap() {
      fx.replace("company.yaml", "hours:\n  mon-fri: \"09:00-18:00\"\n  sat: \"10:00-14:00\"\n  sun: closed\n", "hours: always\n");
      Problem p = onlyError(fx.load());

      assertThat(p.field()).isEqualTo("hours");
      assertThat(p.message()).startsWith("must be a map");
    }
  }
}
