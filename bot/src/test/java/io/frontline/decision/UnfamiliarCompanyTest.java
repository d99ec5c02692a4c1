package io.frontline.decision;

import io.frontline.testing.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that make the engine right for companies it was not written for, on development companies
 * written blind (src/test/resources/companies) and the neutral intents harness: real knowledge,
 * real wording, no mocks.
 */
class UnfamiliarCompanyTest {

  /** Wednesday 2026-11-18, 11:00 in Central Europe. */
  static final Instant WEDNESDAY = Instant.parse("2026-11-18T10:00:00Z");
  /** Sunday 2026-11-22, 12:00 in Central Europe. */
  static final Instant SUNDAY = Instant.parse("2026-11-22T11:00:00Z");

  static DecisionEngine salon;
  static DecisionEngine school;
  static DecisionEngine accountants;
  static DecisionEngine catering;
  static DecisionEngine shop;

  @BeforeAll
  static void load() {
    salon = engine("src/test/resources/companies/salon-bella/knowledge");
    school = engine("src/test/resources/companies/sprachschule-leipzig/knowledge");
    accountants = engine("src/test/resources/companies/schetovod/knowledge");
    catering = engine("src/test/resources/companies/green-table/knowledge");
    shop = engine("src/test/resources/intents/harness/knowledge");
  }

  static DecisionEngine engine(String knowledge) {
    return Frontline.load(Path.of(knowledge), Optional.of(Path.of("../prompts"))).engine();
  }

  /** A writable copy of a knowledge folder, for a test that edits one file of it. */

  static Decision decide(DecisionEngine e, String text, String lang, Instant at) {
    ClientInfo client = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(lang));
    return e.decide(new ClientMessage(text, client, at), ConversationState.NEW);
  }

  @Test
  void openingHoursComeFromTheCompanyWithTodaysStatus() {
    Decision d = decide(salon, "Hi, are you open today? need a quick beard trim", "en", SUNDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.reply()).contains("9:00").containsIgnoringCase("closed");
    // The rest of the message is answered too: the beard trim's price.
    assertThat(d.knowledgeIds()).contains("beard-trim");
    assertThat(d.reply()).contains("40");
  }

  @Test
  void aCompanyThatWroteNoHoursIsNotSaidToNeverClose(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Folders.copy(Path.of("src/test/resources/intents/harness/knowledge"), dir);
    Path company = dir.resolve("company.yaml");
    java.nio.file.Files.writeString(
        company, java.nio.file.Files.readString(company).replace("hours:\n  mon-sun: \"00:00-23:59\"\n", ""));

    Decision d = decide(engine(dir.toString()), "are you open today?", "en", WEDNESDAY);

    assertThat(d.reply()).doesNotContain("23:59").doesNotContain("0:00");
  }

  /**
   * "Any discount for regulars?" asks what the company offers: its own discounts article answers,
   * not a lecture on fixed prices over whichever item the other words happen to match.
   */
  @Test
  void aQuestionAboutDiscountsIsAnsweredByTheCompanysDiscountArticle() {
    Decision d = decide(salon, "I come to you every month for my roots. Do you have any discount for regular clients?", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.knowledgeIds()).containsExactly("discounts");
    assertThat(d.reply()).contains("120").doesNotContain("everyone likes to save");
  }

  /** Haggling still hears the fixed price first, with the company's discounts after it. */
  @Test
  void hagglingNamesTheFixedPriceThenTheListedDiscounts() {
    Decision d = decide(salon, "140 for a women's haircut is too much, give me a discount and make it 100", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.knowledgeIds()).contains("haircut-women", "discounts");
    assertThat(d.reply()).contains("140").contains("everyone likes to save");
  }

  /** "And …?" right after an answer asks about what was just answered, in words the entry may not use. */
  @Test
  void aFollowUpOpeningWithAndIsReadAgainstTheLastAnswer() {
    ClientInfo client = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ru"));
    Decision first = accountants.decide(new ClientMessage("Можно оплатить через каспи?", client, WEDNESDAY), ConversationState.NEW);
    assertThat(first.knowledgeIds()).containsExactly("payment-methods");

    Decision next = accountants.decide(new ClientMessage("а налом?", client, WEDNESDAY), ConversationState.NEW.after(first));

    assertThat(next.action()).isEqualTo(Action.ANSWER);
    assertThat(next.knowledgeIds()).containsExactly("payment-methods");
  }

  /** Without the "and", or after no answer, the same words are a request of their own. */
  @Test
  void withoutAnAnswerBeforeTheSameWordsStandAlone() {
    assertThat(decide(accountants, "а налом?", "ru", WEDNESDAY).knowledgeIds()).isEmpty();
  }

  /**
   * One word in common with an article's text is no answer when the entry is not about it: "Yes,
   * that would be great" shares "great" with the sample's article on water hardness.
   */
  @Test
  void aSingleWordOnlyInAnEntrysBodyIsNoAnswer() {
    DecisionEngine sample = engine("../knowledge");
    Decision d = decide(sample, "Да, это было бы отлично.", "ru", WEDNESDAY);

    assertThat(d.action()).isNotEqualTo(Action.ANSWER);
  }

  /**
   * A service of ours at a named time, in a company that books by a person: the person confirms
   * it here. Without a time the booking article answers; a service that is not ours is declined.
   */
  @Test
  void aBookingWithATimeGoesToThePersonWhoKeepsTheCalendar() {
    Decision booked = decide(salon, "Хочу записатися на чоловічу стрижку сьогодні о 18:00", "uk", WEDNESDAY);
    assertThat(booked.action()).isEqualTo(Action.ESCALATE);
    assertThat(booked.reason()).contains("booking");

    assertThat(decide(salon, "Chcę się umówić na jutro na 17:00 na hybrydę", "pl", WEDNESDAY).action()).isEqualTo(Action.ESCALATE);
    assertThat(decide(shop, "Хочу записаться на чистку зубов во вторник в 10:00", "ru", WEDNESDAY).action()).isEqualTo(Action.DECLINE);
    assertThat(decide(salon, "Хочу записатися на чоловічу стрижку", "uk", WEDNESDAY).action()).isNotEqualTo(Action.ESCALATE);
  }

  /** A greeting before the booking does not shift which words are taken for the service booked. */
  @Test
  void aGreetingBeforeABookingChangesNothing() {
    Decision d = decide(salon, "Добрий день, добрий день! Хочу записатися на чоловічу стрижку сьогодні о 18:00", "uk", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.reason()).contains("booking");
  }

  /** A company's large order goes to the person for companies, in the client's language. */
  @Test
  void aCompanysLargeOrderGoesToThePersonForCompanies() {
    Decision d =
        decide(
            salon,
            "Hi, I work in HR at a software company in Kraków. We'd like 25 gift vouchers of 200 zł for our employees for Christmas, paid by bank transfer with an invoice. Can you arrange that?",
            "en",
            WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.staff()).hasValue("magda");
    assertThat(d.language()).isEqualTo("en");
  }

  /** A double charge goes to whoever does billing; nobody asked for the money back. */
  @Test
  void aDoubleChargeGoesToBilling() {
    Decision d = decide(catering, "We were charged twice for last Thursday's order, two identical card payments. Can someone sort this?", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.staff()).hasValue("reka");
  }

  /** The client's own price says nothing about what it is for: the haggled item is the one named. */
  @Test
  void theClientsPriceDoesNotPickTheItem() {
    Decision d = decide(salon, "Any discount on the men's haircut? I'd pay 200 for two", "en", WEDNESDAY);

    assertThat(d.knowledgeIds()).contains("haircut-men").doesNotContain("haircut-women");
    assertThat(d.reply()).contains("70");
  }

  /** A long question that names an item on several words is about that item and its listed pass. */
  @Test
  void aDiscountQuestionNamingAnItemAnswersThatItemsListedDiscount() {
    Decision d = decide(salon, "Якщо візьму одразу 5 манікюрів з гель-лаком, буде дешевше?", "uk", WEDNESDAY);

    assertThat(d.knowledgeIds()).contains("manicure-hybrid");
    assertThat(d.reply()).contains("100");
  }

  /** Two words naming nothing of ours are a request we do not take, not a message to ask about. */
  @Test
  void aShortRequestForSomethingElseIsDeclinedNotAskedBack() {
    assertThat(decide(shop, "Расскажи анекдот", "ru", WEDNESDAY).action()).isEqualTo(Action.DECLINE);
    assertThat(decide(shop, "ile teraz kosztuje bitcoin", "pl", WEDNESDAY).action()).isEqualTo(Action.DECLINE);
    assertThat(decide(shop, "hmm", "en", WEDNESDAY).action()).isEqualTo(Action.CLARIFY);
  }

  /** Russian typed in Latin letters is read, and answered, in Russian. */
  @Test
  void russianTypedInLatinIsAnsweredInRussian() {
    Decision d = decide(shop, "skidku dadite?", "en", WEDNESDAY);

    assertThat(d.language()).isEqualTo("ru");
    assertThat(d.reason()).contains("discount");
  }

  /** A word every language's lexicon knows ("instagram") is no sign of Russian. */
  @Test
  void aWordOfEveryLanguageStaysAsTyped() {
    assertThat(decide(shop, "instagram", "de", WEDNESDAY).language()).isNotIn("ru", "uk");
  }

  /** Polish typed without diacritics is Polish: a word or two spelling Russian does not make it Russian. */
  @Test
  void polishWithoutDiacriticsStaysPolish() {
    assertThat(decide(shop, "napisz wiersz na urodziny tesciowej", "pl", WEDNESDAY).language()).isEqualTo("pl");
    assertThat(decide(shop, "da sie jakos zbic cene?", "pl", WEDNESDAY).language()).isEqualTo("pl");
  }

  /** The clause that asks, on three words of the entry, is answered whatever the worry around it. */
  @Test
  void aClauseNamingAnEntryOnThreeWordsIsTheRequest() {
    Decision d = decide(salon, "Czy narzędzia do pedicure są u was sterylizowane? Boję się, że coś złapię", "pl", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.knowledgeIds()).contains("hygiene");
  }

  @Test
  void aLongMessageIsAnsweredFromTheClauseThatAsks() {
    Decision d = decide(catering, "what's your cancellation policy? our offsite might get moved to January", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.knowledgeIds()).containsExactly("cancellation");
  }

  @Test
  void aBrokenDeviceGoesToTheServiceEngineer() {
    Decision d = decide(shop, "my kettle stopped working after a week", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.staff()).contains("sam");
  }

  @Test
  void aCompanyAskingAPriceIsAnsweredNotHandedOver() {
    Decision d = decide(shop, "We are a company. How much is an electric kettle?", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.reply()).contains("149");
  }

  @Test
  void aLegalQuestionAPartnerCoversIsReferredThere() {
    Decision d =
        decide(
            accountants,
            "We got the results of a tax audit we completely disagree with. We need someone to represent our company in court. Can you do that?",
            "en",
            WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.REFER);
  }

  @Test
  void aThreatToGoToCourtStaysWithOurPeople() {
    Decision d = decide(accountants, "I will take you to court for this mess!", "en", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
  }

  @Test
  void aLanguageTheCompanyWroteNothingInGoesToAPersonNotARefusal() {
    Decision d = decide(school, "Szia! Mennyibe kerül egy A1-es német intenzív tanfolyam?", "hu", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.reason()).contains("written in hu");
  }

  @Test
  void typedWithoutDiacriticsStillFindsTheService() {
    Decision d = decide(salon, "ile kosztuje strzyzenie meskie?", "pl", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ANSWER);
    assertThat(d.knowledgeIds()).contains("haircut-men");
  }

  @Test
  void thanksForADeliveryIsThankedNotAnsweredFromAnArticle() {
    Decision d = decide(catering, "Thank you for the quick delivery yesterday!", "en", WEDNESDAY);

    assertThat(d.knowledgeIds()).isEmpty();
  }

  @Test
  void anAgeIsNotAnOrderQuantity() {
    Decision d = decide(salon, "My son is 10 years old, how much is a haircut for him?", "en", WEDNESDAY);

    assertThat(d.reason()).doesNotContain("large order");
  }

  /**
   * Olena (complaints, 13:00-20:00) is listed before Magda (complaints, 9:00-17:00); at 11:00 the
   * complaint goes to Magda, who handles complaints and is here, not to Olena's backup at reception.
   */
  @Test
  void anOnDutyPersonForTheTopicComesBeforeTheFirstChoicesBackup() {
    Decision d = decide(salon, "Jestem bardzo niezadowolona, to skandal, składam reklamację.", "pl", WEDNESDAY);

    assertThat(d.action()).isEqualTo(Action.ESCALATE);
    assertThat(d.staff()).contains("magda");
  }

  /** A date in company.yaml's hours overrides its weekday: Christmas Eve short, Christmas closed. */
  @Test
  void datedHoursOverrideTheWeekday(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Folders.copy(Path.of("src/test/resources/companies/salon-bella/knowledge"), dir);
    Path company = dir.resolve("company.yaml");
    String yaml = java.nio.file.Files.readString(company);
    java.nio.file.Files.writeString(
        company, yaml.replaceFirst("(?m)^hours:\\n", "hours:\n  2026-12-24: \"09:00-13:00\"\n  2026-12-25: closed\n"));
    io.frontline.knowledge.WorkingHours hours =
        io.frontline.knowledge.KnowledgeLoader.load(dir).orThrow().company().hours();

    assertThat(hours.isOpenAt(java.time.LocalDateTime.of(2026, 12, 24, 12, 0))).isTrue();
    assertThat(hours.isOpenAt(java.time.LocalDateTime.of(2026, 12, 24, 14, 0))).isFalse();
    assertThat(hours.isOpenAt(java.time.LocalDateTime.of(2026, 12, 25, 12, 0))).isFalse();
    assertThat(hours.isOpenAt(java.time.LocalDateTime.of(2026, 12, 23, 14, 0))).isTrue();

    // Thursday 24 December 2026, 14:00 in Kraków: closed early today, closed tomorrow, so Saturday.
    // The salon's own article on hours answers; the status line comes from the dated hours.
    Decision d = decide(engine(dir.toString()), "are you open today?", "en", Instant.parse("2026-12-24T13:00:00Z"));

    assertThat(d.reply()).contains("closed right now").contains("Saturday from 9:00");
  }

  /** Without an article on hours, the dated hours of the next two weeks are listed. */
  @Test
  void datedHoursAreListedWhenNoArticleCoversHours(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Folders.copy(Path.of("src/test/resources/intents/harness/knowledge"), dir);
    Path company = dir.resolve("company.yaml");
    java.nio.file.Files.writeString(
        company,
        java.nio.file.Files.readString(company)
            .replace("  mon-sun: \"00:00-23:59\"\n", "  mon-sat: \"09:00-18:00\"\n  sun: closed\n  2026-12-24: \"09:00-13:00\"\n  2026-12-25: closed\n"));

    Decision d = decide(engine(dir.toString()), "are you open today?", "en", Instant.parse("2026-12-22T10:00:00Z"));

    assertThat(d.reply()).contains("Monday–Saturday 9:00–18:00").contains("24.12 9:00–13:00").contains("25.12 closed");
  }
}
