package io.frontline.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deterministic engine on the sample knowledge and the real wording: no mocks. */
class DeterministicEngineTest {

  /** Tuesday 2026-11-24, 11:00 in Uzhhorod (UTC+2): everyone on duty. */
  static final Instant WEEKDAY = Instant.parse("2026-11-24T09:00:00Z");
  /** Sunday 2026-11-22, 12:00 in Uzhhorod: nobody on duty. */
  static final Instant SUNDAY = Instant.parse("2026-11-22T10:00:00Z");

  static Frontline frontline;
  static DecisionEngine engine;

  @BeforeAll
  static void load() {
    frontline = Frontline.load(Path.of("../knowledge"), Optional.of(Path.of("../prompts")));
    engine = frontline.engine();
  }

  static Decision decide(String text) {
    return decide(text, ConversationState.NEW, WEEKDAY, Optional.empty());
  }

  static Decision decide(String text, ConversationState state, Instant at, Optional<String> languageCode) {
    ClientInfo client = new ClientInfo(Optional.empty(), Optional.empty(), Optional.of("Ivan"), languageCode);
    return engine.decide(new ClientMessage(text, client, at), state);
  }

  @Nested
  class Answer {
    @Test
    void catalogPriceComesFromTheCatalog() {
      Decision d = decide("Сколько стоит бутыль 19 литров?");
      assertThat(d.action()).isEqualTo(Action.ANSWER);
      assertThat(d.knowledgeIds()).contains("water-19l");
      assertThat(d.language()).isEqualTo("ru");
      assertThat(d.reply()).contains("100");
    }

    @Test
    void articleAnswersAreGroundedInTheArticle() {
      Decision d = decide("Do you deliver on Sundays?");
      assertThat(d.action()).isEqualTo(Action.ANSWER);
      assertThat(d.knowledgeIds()).containsExactly("sunday-delivery");
      assertThat(d.reply())
          .isEqualTo(frontline.knowledge().article("sunday-delivery").orElseThrow().in("en").orElseThrow().body());
    }

    @Test
    void greetingIsAnsweredFromTheBotsWordingWithTheClientsName() {
      Decision d = decide("Dzień dobry!");
      assertThat(d.action()).isEqualTo(Action.ANSWER);
      assertThat(d.knowledgeIds()).isEmpty();
      assertThat(d.language()).isEqualTo("pl");
      assertThat(d.reply()).contains("Ivan");
    }

    @Test
    void discountRequestGetsTheFixedPriceAndOnlyTheListedDiscount() {
      Decision d = decide("Can you give me a discount on the 19 L bottles?");
      assertThat(d.action()).isEqualTo(Action.ANSWER);
      assertThat(d.knowledgeIds()).contains("water-19l");
      assertThat(d.reply()).contains("100").contains("90");
    }
  }

  @Nested
  class Clarify {
    @Test
    void aPriceWithoutAnItemIsAskedAbout() {
      Decision d = decide("How much?");
      assertThat(d.action()).isEqualTo(Action.CLARIFY);
      assertThat(d.reply()).contains("?");
    }

    @Test
    void aSecondUnclearMessageInARowGoesToANamedPerson() {
      Decision first = decide("hmm");
      assertThat(first.action()).isEqualTo(Action.CLARIFY);
      Decision second =
          decide("hmm", ConversationState.NEW.after(first), WEEKDAY, Optional.empty());
      assertThat(second.action()).isEqualTo(Action.ESCALATE);
      assertThat(second.staff()).isPresent();
      assertThat(second.topic()).contains("general");
    }
  }

  @Nested
  class Refer {
    @Test
    void coolerRepairGoesToTheTrustedPartnerWithItsContact() {
      Decision d = decide("Мой кулер сломался, можете починить?");
      assertThat(d.action()).isEqualTo(Action.REFER);
      assertThat(d.partner()).contains("cooler-service");
      String contact = frontline.knowledge().partner("cooler-service").orElseThrow().contact().in("ru", "en");
      assertThat(d.reply()).contains(contact);
    }
  }

  @Nested
  class Decline {
    @Test
    void requestsFarFromOurBusinessAreDeclinedWarmlySayingWhatWeDo() {
      Decision d = decide("Do you sell car tires?");
      assertThat(d.action()).isEqualTo(Action.DECLINE);
      assertThat(d.partner()).isEmpty();
      assertThat(d.reply()).contains(frontline.knowledge().company().about().in("en", "en"));
    }
  }

  @Nested
  class Escalate {
    @ParameterizedTest
    @ValueSource(strings = {"I want to file a complaint", "Хочу пожаловаться на курьера", "Chcę złożyć reklamację", "Panaszt szeretnék tenni"})
    void complaintsGoToANamedPersonWhoHandlesComplaints(String text) {
      Decision d = decide(text);
      assertThat(d.action()).isEqualTo(Action.ESCALATE);
      assertThat(d.topic()).contains("complaint");
      assertThat(frontline.knowledge().staffMember(d.staff().orElseThrow()).orElseThrow().handles("complaint")).isTrue();
      String name = frontline.knowledge().staffMember(d.staff().get()).orElseThrow().name().in(d.language(), "en");
      assertThat(d.reply()).contains(name);
    }

    @Test
    void offDutyTheClientIsToldWhenThePersonIsBack() {
      Decision d = decide("I want my money back", ConversationState.NEW, SUNDAY, Optional.empty());
      assertThat(d.action()).isEqualTo(Action.ESCALATE);
      assertThat(d.topic()).contains("refund");
      assertThat(d.reply()).containsIgnoringCase("tomorrow");
    }

    @Test
    void aPersonAskedForIsAPersonGiven() {
      Decision d = decide("Can I talk to a real person please?");
      assertThat(d.action()).isEqualTo(Action.ESCALATE);
      assertThat(d.staff()).isPresent();
    }
  }

  @Nested
  class Language {
    @Test
    void aLanguageTheBotDoesNotSpeakIsAnsweredInTheDefaultLanguage() {
      Decision d = decide("Bonjour, je voudrais commander de l'eau pour mon bureau");
      assertThat(d.language()).isEqualTo("en");
    }

    @Test
    void aShortReplyKeepsTheConversationsLanguage() {
      Decision first = decide("Сколько стоит бутыль 19 литров?");
      Decision second = decide("ok", ConversationState.NEW.after(first), WEEKDAY, Optional.empty());
      assertThat(second.language()).isEqualTo("ru");
    }

    @Test
    void ukrainianIsNotMistakenForRussian() {
      assertThat(decide("Скільки коштує доставка води?").language()).isEqualTo("uk");
    }

    @Test
    void telegramsLanguageCodeDecidesAnUndetectableFirstMessage() {
      assertThat(decide("👍", ConversationState.NEW, WEEKDAY, Optional.of("hu")).language()).isEqualTo("hu");
    }
  }

  @Nested
  class BadInput {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "\u200B\u200B", "\u0000\u0007"})
    void emptyOrInvisibleTextGetsAClarifyingQuestion(String text) {
      Decision d = decide(text);
      assertThat(d.action()).isEqualTo(Action.CLARIFY);
      assertThat(d.reply()).isNotBlank();
    }

    @Test
    void emojiOnlyGetsAFriendlyAnswer() {
      Decision d = decide("😀🎉👍");
      assertThat(d.action()).isEqualTo(Action.ANSWER);
      assertThat(d.reply()).isNotBlank();
    }

    @Test
    void twentyThousandCharactersAreReadNotCrashedOn() {
      Decision d = decide("Сколько стоит бутыль 19 литров? ".repeat(700));
      assertThat(d.reply()).isNotBlank();
      assertThat(d.language()).isEqualTo("ru");
    }

    @Test
    void zeroWidthCharactersInsideWordsDoNotHideThem() {
      Decision d = decide("Сколько сто\u200Bит бу\u200Dтыль 19 литров?");
      assertThat(d.knowledgeIds()).contains("water-19l");
    }

    @Test
    void mixedScriptsStillGetAReply() {
      Decision d = decide("Hello, сколько стоит water 19 л?");
      assertThat(d.reply()).isNotBlank();
      assertThat(d.action()).isIn(Action.ANSWER, Action.CLARIFY);
    }
  }
}
