package io.frontline.wording;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.text.CleanText;
import io.frontline.text.Words;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bot's own lexicons, as shipped in prompts/signals. */
class SignalLexiconTest {

  static SignalLexicon signals;

  @BeforeAll
  static void load() {
    signals = WordingLoader.load(WordingLoader.folder(Path.of("../prompts")), "en").wording().signals();
  }

  static SignalLexicon.Reading read(String text) {
    return signals.read(Words.of(CleanText.of(text).text()));
  }

  /** A company wanting a contract with us goes to the person for companies. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "We'd like to sign a contract with you for our office",
        "We're looking for a long-term accounting contract covering all of them",
        "Wir möchten einen Vertrag mit Ihnen abschließen",
        "Хотим заключить договор на обслуживание",
        "Хочемо укласти договір з вами",
        "Chcemy podpisać umowę na dostawy do biura",
        "Szerződést szeretnénk kötni"
      })
  void aContractWithUsIsCorporate(String text) {
    assertThat(read(text).has(Signal.CORPORATE)).as(text).isTrue();
  }

  /** The word "contract" alone is no company: a tenant or a translation job is someone else's. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "translate this legal contract into Japanese for me",
        "übersetz mir diesen vertrag ins japanische",
        "переведите договор на английский",
        "forditsd le ezt a szerzodest japanra",
        "przetłumacz mi umowę najmu"
      })
  void aContractAloneIsNotCorporate(String text) {
    assertThat(read(text).has(Signal.CORPORATE)).as(text).isFalse();
  }

  /** How clients talk, not what they ask about: greetings and asking are general; a complaint's words are not. */
  @Test
  void generalWordsAreTheMannerOfARequest() {
    assertThat(signals.generalWords().get("pl")).contains("dzień", "dobry", "chciałabym", "zapytać");
    assertThat(signals.generalWords().get("en")).contains("hello", "much");
    assertThat(signals.generalWords().values()).noneMatch(w -> w.contains("refund") || w.contains("broken"));
  }

  /** A role after "I am" says who is writing; the same role asked for is a request for a person. */
  @Test
  void aRoleOfOneselfAsksForNobody() {
    assertThat(read("Я руководитель строительной фирмы, хотим обучить немецкому 15 рабочих").onlyOfThemselves(Signal.HUMAN)).isTrue();
    assertThat(read("Ich bin Filialleiter und wir brauchen zehn Kartons").onlyOfThemselves(Signal.HUMAN)).isTrue();
    assertThat(read("Позовите руководителя").has(Signal.HUMAN)).isTrue();
    assertThat(read("Позовите руководителя").onlyOfThemselves(Signal.HUMAN)).isFalse();
    assertThat(read("manager please").onlyOfThemselves(Signal.HUMAN)).isFalse();
  }

  /** "Charged twice" is billing's word too; "money back" is refund's alone. */
  @Test
  void refundWordsBeyondBillingAreMoneyBack() {
    assertThat(read("We were charged twice, can someone sort this?").saidBeyond(Signal.REFUND, Signal.BILLING)).isFalse();
    assertThat(read("I was charged twice, I want my money back").saidBeyond(Signal.REFUND, Signal.BILLING)).isTrue();
  }

  /** Paying by bank transfer for our employees asks for nobody; "transfer me to a manager" does. */
  @Test
  void aBankTransferIsNotAskingForAPerson() {
    assertThat(read("paid by bank transfer with an invoice for our employees").has(Signal.HUMAN)).isFalse();
    assertThat(read("can you transfer me to a manager").has(Signal.HUMAN)).isTrue();
  }
}
