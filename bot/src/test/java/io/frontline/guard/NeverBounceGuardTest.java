package io.frontline.guard;

import static io.frontline.guard.GuardFixtures.COOLFIX_CONTACT_EN;
import static io.frontline.guard.GuardFixtures.COOLFIX_CONTACT_RU;
import static io.frontline.guard.GuardFixtures.answer;
import static io.frontline.guard.GuardFixtures.refer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import io.frontline.knowledge.LoadResult;
import io.frontline.knowledge.Partner;
import io.frontline.knowledge.StaffMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeverBounceGuardTest {

  private static final Path PHRASES = Path.of("../prompts/phrases");
  private static final Path SAMPLE = Path.of("../knowledge");
  private static final Path BITEXT =
      Path.of("../../shared/eval-data/utterances/bitext-responses-contact-sample12.json");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  static NeverBounceGuard guard;

  @BeforeAll
  static void guard() {
    guard = NeverBounceGuard.withBuiltInPatterns(GuardFixtures.aquaVita());
  }

  private static Verdict check(String language, String reply) {
    return guard.check(answer(language, reply));
  }

  // ------------------------------------------------------------------ what must be refused

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Please contact our support team and they will help you with the refund.",
        "en|Call our office at +380 31 261 1111 between 9 and 6.",
        "en|For billing questions, please reach out to our accounts team.",
        "en|You can find the delivery schedule on our website.",
        "en|I'm sorry, but I can't help you with that.",
        "en|I’m afraid I cannot help you with this request.",
        "en|This question should go to another department.",
        "en|Please send us an email at info@aquavita.ua and we will reply within two days.",
        "en|Please write to support@aquavita.ua with your order number.",
        "en|Give us a call and a manager will sort it out.",
        "en|Unfortunately that's not my department.",
        "en|Please fill in the contact form and we will get back to you.",
        "en|Please open a ticket in the help centre.",
        "en|Our hotline is open around the clock.",
        "ru|Обратитесь в другой отдел, там вам помогут.",
        "ru|Позвоните нам по телефону +380 31 261 1111.",
        "ru|Позвоните по телефону горячей линии, и вам всё объяснят.",
        "ru|По этому вопросу напишите нам на почту info@aquavita.ua.",
        "ru|Подробности есть на нашем сайте.",
        "ru|К сожалению, ничем не могу помочь.",
        "ru|Свяжитесь с нашим менеджером по телефону.",
        "ru|Это вопрос к бухгалтерии, обратитесь к ним напрямую.",
        "ru|Оставьте заявку на сайте, и с вами свяжутся.",
        "ru|Этим занимается соответствующий отдел, обратитесь туда.",
        "ru|Обращайтесь в службу поддержки, они всё решат.",
        "uk|Зверніться до служби підтримки, будь ласка.",
        "uk|Зателефонуйте нам за номером +380 31 261 1111.",
        "uk|Зв'яжіться з нашим менеджером, він усе пояснить.",
        "uk|Зв’яжіться з нами електронною поштою.",
        "uk|Звʼяжіться з нашим менеджером, він усе пояснить.",
        "uk|Уся інформація є на нашому сайті.",
        "uk|На жаль, я не можу вам допомогти.",
        "uk|Це питання до іншого відділу.",
        "pl|Proszę skontaktować się z innym działem.",
        "pl|Proszę zadzwonić pod numer +48 123 456 789.",
        "pl|Szczegóły znajdzie Pan na naszej stronie internetowej.",
        "pl|Niestety nie mogę pomóc w tej sprawie.",
        "pl|Proszę wysłać e-mail na adres biuro@aquavita.ua.",
        "pl|Tym zajmuje się inny dział.",
        "pl|Prosimy o kontakt z naszą infolinią.",
        "pl|Proszę dzwonić na naszą infolinię.",
        "pl|Skontaktuj się z nami przez formularz kontaktowy.",
        "hu|Kérjük, forduljon az ügyfélszolgálathoz.",
        "hu|Kérjük, forduljon ügyfélszolgálatunkhoz a részletekért.",
        "hu|Hívja fel ügyfélszolgálatunkat a +36 1 234 5678 számon.",
        "hu|Sajnos ebben nem tudok segíteni.",
        "hu|További információt a weboldalunkon talál.",
        "hu|Ez egy másik osztály hatásköre.",
        "hu|Írjon nekünk e-mailt az info@aquavita.ua címre.",
        "de|Bitte wenden Sie sich an unseren Kundendienst.",
        "de|Rufen Sie uns unter +49 30 123456 an.",
        "de|Weitere Informationen finden Sie auf unserer Website.",
        "de|Dafür ist eine andere Abteilung zuständig.",
        "de|Leider kann ich Ihnen nicht helfen.",
        "de|Schreiben Sie uns eine E-Mail an info@aquavita.de.",
        "de|Bitte nutzen Sie unser Kontaktformular.",
      })
  void bouncingRepliesAreRefused(String language, String reply) {
    Verdict v = check(language, reply);

    assertThat(v.passed()).as("must be refused: %s", reply).isFalse();
    assertThat(v.guard()).isEqualTo(NeverBounceGuard.NAME);
    assertThat(v.reason()).startsWith("sends the client elsewhere: \"");
  }

  @Test
  void bounceIsFoundWhateverTheCaseAndPunctuation() {
    assertThat(guard.find("PLEASE, CONTACT OUR SUPPORT!!!")).isPresent();
    assertThat(guard.find("ОБРАТИТЕСЬ В ДРУГОЙ ОТДЕЛ")).isPresent();
    assertThat(guard.find("Обратитесь   в\nдругой\tотдел")).isPresent();
  }

  @Test
  void bounceInTheMiddleOfAnOtherwiseGoodReply() {
    Verdict v =
        check(
            "en",
            "Drinking water, 19 L bottle: 100 UAH per bottle. For anything else, please visit our website. Have a nice day!");
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).contains("website");
  }

  // ------------------------------------------------------------------ what must pass

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Drinking water, 19 L bottle: 100 UAH per bottle.",
        "Anna (customer care) will take over your question right here in this chat.",
        "We deliver in Uzhhorod and villages within 15 km; delivery to your door is included.",
        "Thank you for asking! Unfortunately, we don't do that. We deliver drinking water. With any of this, I'm glad to help right here.",
        "I'm the virtual assistant of AquaVita: a bot, but a helpful one.",
        "Our courier will call you 30 minutes before delivery.",
        "Анна (служба заботы о клиентах) подхватит ваш вопрос прямо здесь, в этом чате.",
        "Бутыль 19 л стоит 100 грн, доставка до двери на любой этаж уже входит в цену.",
        "Kurier zadzwoni do Pana pół godziny przed dostawą.",
        "A futár a szállítás előtt fél órával felhívja Önt.",
        "Der Kurier ruft Sie 30 Minuten vor der Lieferung an.",
        "Our office manager Oleh handles corporate contracts and will reply here.",
      })
  void legitimateRepliesPass(String reply) {
    assertThat(guard.find(reply)).as(reply).isEmpty();
    assertThat(check("en", reply)).isEqualTo(Verdict.PASS);
  }

  @Test
  void theDecisionsPartnerContactIsAllowed() {
    String en =
        "We don't do this ourselves, but we can recommend a partner we trust: cooler-service. "
            + "Here is how to reach them: " + COOLFIX_CONTACT_EN;
    String ru = "Вот как с ними связаться: " + COOLFIX_CONTACT_RU;

    // the contact itself says "call our friends" / "позвоните нам": as the partner's words it is fine
    assertThat(guard.find(COOLFIX_CONTACT_EN)).isPresent();
    assertThat(guard.find(COOLFIX_CONTACT_RU)).isPresent();
    assertThat(guard.check(refer("cooler-service", "en", en))).isEqualTo(Verdict.PASS);
    assertThat(guard.check(refer("cooler-service", "ru", ru))).isEqualTo(Verdict.PASS);
  }

  @Test
  void thePartnerContactIsOnlyAllowedForThatPartner() {
    String reply = "Here is how to reach them: " + COOLFIX_CONTACT_EN;

    assertThat(guard.check(answer("en", reply)).passed()).as("no partner in the decision").isFalse();
    assertThat(guard.check(refer("filters", "en", reply)).passed()).as("another partner").isFalse();
    assertThat(guard.check(refer("no-such-partner", "en", reply)).passed()).as("unknown partner").isFalse();
  }

  @Test
  void aBounceBesideThePartnerContactIsStillRefused() {
    String reply = "Here is how to reach them: " + COOLFIX_CONTACT_EN + ". Or call our office.";

    Verdict v = guard.check(refer("cooler-service", "en", reply));
    assertThat(v.passed()).isFalse();
    assertThat(v.reason()).contains("call our");
  }

  @Test
  void sampleReferralWithRealPartnerContactPasses() {
    Knowledge k = sample();
    NeverBounceGuard sampleGuard = NeverBounceGuard.withBuiltInPatterns(k);
    for (Partner p : k.partners()) {
      for (String lang : k.company().languages()) {
        String reply =
            phrase(lang, "refer_contact").orElse("Here is how to reach them: {contact}")
                .replace("{contact}", p.contact().in(lang, k.defaultLanguage()));
        Decision d =
            new Decision(Action.REFER, reply, lang, List.of(p.id()), Optional.of(p.id()), Optional.empty(), Optional.empty(), "test");
        assertThat(sampleGuard.check(d)).as("%s in %s: %s", p.id(), lang, reply).isEqualTo(Verdict.PASS);
      }
    }
  }

  // ------------------------------------------------------------------ the bot's own phrases

  /** Every phrase in every language, with placeholders replaced by a neutral word. */
  @TestFactory
  Stream<DynamicTest> everyPhraseWithNeutralPlaceholdersPasses() throws IOException {
    Map<String, Map<String, String>> all = phraseFiles();
    assertThat(all).containsKeys("en", "ru", "uk", "pl", "hu", "de");
    List<DynamicTest> tests = new ArrayList<>();
    all.forEach(
        (lang, phrases) ->
            phrases.forEach(
                (key, template) ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            lang + "." + key,
                            () -> {
                              String text = PLACEHOLDER.matcher(template).replaceAll("water");
                              assertThat(guard.find(text)).as("%s.%s: %s", lang, key, text).isEmpty();
                            }))));
    assertThat(tests).hasSizeGreaterThan(6 * 40);
    return tests.stream();
  }

  /**
   * Every phrase filled with the sample company's values, sent as the decision the bot would make
   * (a referral names its partner, so the partner's contact may appear).
   */
  @TestFactory
  Stream<DynamicTest> everyPhraseFilledWithSampleValuesPasses() throws IOException {
    Knowledge k = sample();
    NeverBounceGuard sampleGuard = NeverBounceGuard.withBuiltInPatterns(k);
    Partner partner = k.partner("cooler-service").orElse(k.partners().get(0));
    List<DynamicTest> tests = new ArrayList<>();
    phraseFiles()
        .forEach(
            (lang, phrases) ->
                phrases.forEach(
                    (key, template) ->
                        tests.add(
                            DynamicTest.dynamicTest(
                                lang + "." + key,
                                () -> {
                                  String text = fill(template, lang, k, partner);
                                  assertThat(text).doesNotContain("{");
                                  Decision d =
                                      key.startsWith("refer") || key.startsWith("warm_lead")
                                          ? new Decision(Action.REFER, text, lang, List.of(partner.id()), Optional.of(partner.id()), Optional.empty(), Optional.empty(), "test")
                                          : answer(lang, text);
                                  assertThat(sampleGuard.check(d)).as("%s.%s: %s", lang, key, text).isEqualTo(Verdict.PASS);
                                }))));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everySampleArticleAndCatalogTextPasses() {
    Knowledge k = sample();
    NeverBounceGuard sampleGuard = NeverBounceGuard.withBuiltInPatterns(k);
    List<DynamicTest> tests = new ArrayList<>();
    k.articles()
        .forEach(
            a ->
                a.byLanguage()
                    .forEach(
                        (lang, t) ->
                            tests.add(
                                DynamicTest.dynamicTest(
                                    "article " + a.id() + "." + lang,
                                    () -> assertThat(sampleGuard.find(t.body())).as(t.body()).isEmpty()))));
    for (CatalogItem item : k.catalog().items()) {
      item.description()
          .byLanguage()
          .forEach(
              (lang, text) ->
                  tests.add(
                      DynamicTest.dynamicTest(
                          "catalog " + item.id() + "." + lang,
                          () -> assertThat(sampleGuard.find(text)).as(text).isEmpty())));
    }
    return tests.stream();
  }

  // ------------------------------------------------------------------ real assistant replies

  /**
   * Assistant replies from the Bitext customer-service corpus that answer "how do I reach a
   * person" by sending the client to a website, a phone line or a contact page: what a front-line
   * bot must never say. The guard must refuse (nearly) all of them.
   */
  @Test
  void refusesRealAssistantRepliesThatSendTheClientElsewhere() throws IOException {
    assumeTrue(Files.isRegularFile(BITEXT), BITEXT + " is not there");
    JsonNode rows = new ObjectMapper().readTree(BITEXT.toFile());
    List<String> passed = new ArrayList<>();
    int refused = 0;
    for (JsonNode row : rows) {
      String reply = row.get("response").asText();
      if (check("en", reply).passed()) {
        passed.add(reply);
      } else {
        refused++;
      }
    }
    int total = rows.size();
    System.out.printf("never-bounce: refused %d of %d Bitext contact replies%n", refused, total);
    passed.forEach(r -> System.out.println("  passed: " + r.replace("\n", " ")));
    assertThat(total).isGreaterThanOrEqualTo(10);
    // two of the twelve do not actually send the client anywhere ("could you tell me your
    // location", "I'll transfer you to a representative"); every other one must be refused
    assertThat((double) refused / total).as("share refused; passed: %s", passed).isGreaterThanOrEqualTo(0.8);
    // none that names a website, phone number or live chat of ours may pass
    assertThat(passed).allSatisfy(r -> assertThat(r).doesNotContain("{{"));
  }

  // ------------------------------------------------------------------ helpers

  private static Knowledge sample() {
    assumeTrue(Files.isDirectory(SAMPLE), "the sample knowledge is not there yet");
    LoadResult r = KnowledgeLoader.load(SAMPLE);
    assumeTrue(!r.hasErrors(), () -> "the sample knowledge has errors: " + r.problems());
    return r.orThrow();
  }

  private static Map<String, Map<String, String>> phraseFiles() throws IOException {
    assumeTrue(Files.isDirectory(PHRASES), "../prompts/phrases is not there yet");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(PHRASES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> raw = yaml.readValue(f.toFile(), new TypeReference<>() {});
        Map<String, String> phrases = new LinkedHashMap<>();
        raw.forEach((k, v) -> phrases.put(k, String.valueOf(v)));
        out.put(f.getFileName().toString().replace(".yaml", ""), phrases);
      }
    }
    return out;
  }

  private static Optional<String> phrase(String lang, String key) {
    try {
      return Optional.ofNullable(phraseFiles().getOrDefault(lang, Map.of()).get(key));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String fill(String template, String lang, Knowledge k, Partner partner) {
    String def = k.defaultLanguage();
    CatalogItem item = k.catalog().items().get(0);
    StaffMember staff = k.staff().get(0);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", ", Anna");
    values.put("company", k.company().name().in(lang, def));
    values.put("about", k.company().about().in(lang, def));
    values.put("value", k.company().value().in(lang, def));
    values.put("price", item.price().toPlainString());
    values.put("currency", k.catalog().currency());
    values.put("unit", item.unit().in(lang, def));
    values.put("date", "2026-12-01");
    values.put(
        "options",
        String.join(", ", k.catalog().items().stream().limit(3).map(i -> i.name().in(lang, def)).toList()));
    values.put(
        "discount",
        item.discounts().isEmpty() ? "" : item.discounts().get(0).text().in(lang, def));
    values.put("examples", item.name().in(lang, def));
    values.put("partner", partner.name().in(lang, def));
    values.put("description", partner.description().in(lang, def));
    values.put("why", partner.why().in(lang, def));
    values.put("contact", partner.contact().in(lang, def));
    values.put("staff", staff.name().in(lang, def));
    values.put("role", staff.role().in(lang, def));
    values.put("minutes", "15");
    values.put("when", "9:00");
    values.put("time", "9:00");
    values.put("day", "Monday");
    values.put("prices", item.name().in(lang, def) + ": " + item.price().toPlainString() + " " + k.catalog().currency());
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "water")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The company's own line listed in company.yaml may be given; a bounce beside it still may not. */
  @org.junit.jupiter.api.Test
  void theCompanysOwnLineIsNoBounce() {
    io.frontline.knowledge.Knowledge base = GuardFixtures.aquaVita();
    io.frontline.knowledge.Company c = base.company();
    io.frontline.knowledge.Company withLine =
        new io.frontline.knowledge.Company(
            c.id(), c.name(), c.about(), c.languages(), c.timeZone(), c.hours(), c.area(), c.value(),
            java.util.List.of("+380 50 111 2233"));
    io.frontline.knowledge.Knowledge k =
        new io.frontline.knowledge.Knowledge(
            withLine, base.catalog(), base.partners(), base.staff(), base.keyClients(), base.keyOrderQuantity(), base.articles());
    NeverBounceGuard own = NeverBounceGuard.withBuiltInPatterns(k);

    assertThat(own.check(answer("en", "At night, call our on-call line on +380 50 111 2233.")).passed()).isTrue();
    assertThat(own.check(answer("en", "Call our on-call line on +380 50 111 2233. Or contact our support by e-mail.")).passed()).isFalse();
    assertThat(guard.check(answer("en", "At night, call our on-call line on +380 50 111 2233.")).passed()).isFalse();
  }
}
