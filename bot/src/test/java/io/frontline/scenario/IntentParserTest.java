package io.frontline.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.decision.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentParserTest {

  private static final String HARNESS =
      """
      knowledge: shop/knowledge
      haggle_price: "149"
      partner_name: FixHands
      setup:
        en: {hello: "Hello", far: "Do you sell train tickets?", partner: "Can you assemble a wardrobe for me?"}
      """;

  /** Every situation, listed out of the report order on purpose. */
  private static final String INTENTS =
      """
      language: en
      situations:
        no:
          - "no thanks"
        haggling:
          - "too expensive"
          - "can you do it cheaper?"
        wants-person:
          - "can i talk to a real person"
        complaint: ["worst service ever"]
        refund: ["i want my money back"]
        broken-device: ["the kettle from your shop is leaking"]
        far-outside: ["do you fix cars?"]
        contact-source: ["a friend told me"]
        yes: ["yes please"]
      """;

  @TempDir Path dir;

  @BeforeEach
  void harness() throws IOException {
    Files.writeString(dir.resolve("harness.yaml"), HARNESS);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<ScenarioFile> parse() throws IOException {
    return IntentParser.parse(write("en.yaml", INTENTS));
  }

  private ScenarioFile situation(String name) throws IOException {
    return parse().stream()
        .filter(f -> f.set().equals(Optional.of("intents en " + name)))
        .findFirst()
        .orElseThrow();
  }

  /** The one message that counts in a situation's first scenario. */
  private Scenario.Turn lastTurn(String situation) throws IOException {
    List<Scenario.Turn> turns = situation(situation).scenarios().get(0).turns();
    return turns.get(turns.size() - 1);
  }

  @Test
  void oneFilePerSituationInReportOrder() throws IOException {
    List<ScenarioFile> files = parse();

    assertThat(files).extracting(f -> f.set().orElseThrow())
        .containsExactly(IntentParser.SITUATIONS.stream().map(s -> "intents en " + s).toArray(String[]::new));
    assertThat(files).allSatisfy(f -> {
      assertThat(f.path()).isEqualTo(dir.resolve("en.yaml"));
      assertThat(f.knowledge()).contains(dir.toAbsolutePath().resolve("shop/knowledge").normalize());
    });
  }

  @Test
  void everyUtteranceIsAConversationOfItsOwnInTheFileLanguage() throws IOException {
    List<Scenario> haggling = situation("haggling").scenarios();

    assertThat(haggling).extracting(Scenario::name).containsExactly("intents en haggling #1", "intents en haggling #2");
    assertThat(haggling).extracting(s -> s.turns().get(0).say()).containsExactly("too expensive", "can you do it cheaper?");
    assertThat(haggling).allSatisfy(s -> {
      assertThat(s.turns()).hasSize(1);
      assertThat(s.client().languageCode()).contains("en");
      assertThat(s.at()).isEmpty();
    });
  }

  @Test
  void wantingAPersonComplainingAndRefundsAreHandedOver() throws IOException {
    for (String s : List.of("wants-person", "complaint", "refund")) {
      Expect e = lastTurn(s).expect();
      assertThat(e.action()).as(s).contains(Action.ESCALATE);
      assertThat(e.language()).as(s).contains("en");
      assertThat(e.topic()).as(s).isEmpty();
      assertThat(e.contains()).as(s).isEmpty();
      assertThat(e.notContains()).as(s).isEmpty();
    }
  }

  @Test
  void aBrokenDeviceGoesToWhoeverHandlesEquipment() throws IOException {
    Expect e = lastTurn("broken-device").expect();

    assertThat(e.action()).contains(Action.ESCALATE);
    assertThat(e.topic()).contains("equipment");
  }

  @Test
  void hagglingIsAnsweredWithTheFixedPrice() throws IOException {
    Expect e = lastTurn("haggling").expect();

    assertThat(e.action()).contains(Action.ANSWER);
    assertThat(e.contains()).containsExactly("149");
    assertThat(e.notContains()).isEmpty();
  }

  @Test
  void farOutsideIsDeclined() throws IOException {
    Expect e = lastTurn("far-outside").expect();

    assertThat(e.action()).contains(Action.DECLINE);
    assertThat(e.language()).contains("en");
  }

  @Test
  void aContactSourceAnswersTheBotsQuestionAfterTwoSetupTurns() throws IOException {
    List<Scenario.Turn> turns = situation("contact-source").scenarios().get(0).turns();

    assertThat(turns).extracting(Scenario.Turn::say).containsExactly("Hello", "Do you sell train tickets?", "a friend told me");
    assertThat(turns.get(0).expect().isNothing()).isTrue();
    assertThat(turns.get(1).expect().isNothing()).isTrue();
    assertThat(turns.get(2).expect().action()).contains(Action.ANSWER);
  }

  @Test
  void yesPassesTheRequestToThePartnerAndNoLetsItGo() throws IOException {
    List<Scenario.Turn> yes = situation("yes").scenarios().get(0).turns();
    List<Scenario.Turn> no = situation("no").scenarios().get(0).turns();

    assertThat(yes).extracting(Scenario.Turn::say).containsExactly("Can you assemble a wardrobe for me?", "yes please");
    assertThat(no).extracting(Scenario.Turn::say).containsExactly("Can you assemble a wardrobe for me?", "no thanks");
    assertThat(yes.get(0).expect().isNothing()).isTrue();
    assertThat(yes.get(1).expect().action()).contains(Action.ANSWER);
    assertThat(yes.get(1).expect().contains()).containsExactly("FixHands");
    assertThat(yes.get(1).expect().notContains()).isEmpty();
    assertThat(no.get(1).expect().action()).contains(Action.ANSWER);
    assertThat(no.get(1).expect().contains()).isEmpty();
    assertThat(no.get(1).expect().notContains()).containsExactly("FixHands");
  }

  @Test
  void situationsWithoutUtterancesAreLeftOut() throws IOException {
    Path file = write("en.yaml", "language: en\nsituations:\n  refund: []\n  far-outside: [\"sell me a car\"]\n");

    assertThat(IntentParser.parse(file)).extracting(f -> f.set().orElseThrow()).containsExactly("intents en far-outside");
  }

  @Test
  void aSituationThatIsNotAListIsAnError() throws IOException {
    Path file = write("en.yaml", "language: en\nsituations:\n  refund: \"money back\"\n");

    assertThatThrownBy(() -> IntentParser.parse(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("en.yaml")
        .hasMessageContaining("'refund' must be a list");
  }

  @Test
  void theKnowledgeDefaultsToTheHarnessFolder() throws IOException {
    Files.writeString(dir.resolve("harness.yaml"), HARNESS.replace("knowledge: shop/knowledge\n", ""));

    assertThat(parse().get(0).knowledge()).contains(dir.toAbsolutePath().resolve("harness/knowledge").normalize());
  }

  @Test
  void anIntentsFileIsToldFromAScenarioFile() throws IOException {
    assertThat(IntentParser.isIntents(write("en.yaml", INTENTS))).isTrue();
    assertThat(IntentParser.isIntents(dir.resolve("harness.yaml"))).isFalse();
    assertThat(IntentParser.isIntents(write("scenarios.yaml", "scenarios:\n  - name: x\n"))).isFalse();
    assertThat(IntentParser.isIntents(write("broken.yaml", "situations: [unclosed\n"))).isFalse();
    assertThat(IntentParser.isIntents(dir.resolve("missing.yaml"))).isFalse();
  }

  // ---- errors name the file ----

  @Test
  void malformedYamlNamesTheFileAndLine() throws IOException {
    Path file = write("broken.yaml", "language: en\nsituations:\n  refund: [\"money back\"\n  yes: [\"ok\"]\n");

    assertThatThrownBy(() -> IntentParser.parse(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("bad YAML");
  }

  @Test
  void anUnknownSituationIsNamed() throws IOException {
    Path file = write("en.yaml", "language: en\nsituations:\n  small-talk: [\"how are you\"]\n");

    assertThatThrownBy(() -> IntentParser.parse(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown situation 'small-talk'")
        .hasMessageContaining("wants-person");
  }

  @Test
  void languageAndSituationsAreRequired() throws IOException {
    Path noLanguage = write("a.yaml", "situations:\n  refund: [\"money back\"]\n");
    Path noSituations = write("b.yaml", "language: en\n");
    Path listOfSituations = write("c.yaml", "language: en\nsituations: [refund]\n");
    Path notAMap = write("d.yaml", "- just a list\n");

    assertThatThrownBy(() -> IntentParser.parse(noLanguage)).hasMessage(noLanguage + ": 'language' is required");
    assertThatThrownBy(() -> IntentParser.parse(noSituations)).hasMessageStartingWith(noSituations + ": 'situations' must be");
    assertThatThrownBy(() -> IntentParser.parse(listOfSituations)).hasMessageStartingWith(listOfSituations + ": 'situations' must be");
    assertThatThrownBy(() -> IntentParser.parse(notAMap)).hasMessage(notAMap + ": expected a map");
  }

  @Test
  void aLanguageTheHarnessHasNoSetupForIsAnError() throws IOException {
    Path file = write("pl.yaml", "language: pl\nsituations:\n  refund: [\"zwrot pieniędzy\"]\n");

    assertThatThrownBy(() -> IntentParser.parse(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("harness.yaml")
        .hasMessageContaining("no 'setup' for language pl");
  }

  @Test
  void theHarnessMustNameThePriceAndThePartner() throws IOException {
    Path file = write("en.yaml", INTENTS);

    Files.writeString(dir.resolve("harness.yaml"), HARNESS.replace("haggle_price: \"149\"\n", ""));
    assertThatThrownBy(() -> IntentParser.parse(file)).hasMessageContaining("harness.yaml: 'haggle_price' is required");

    Files.writeString(dir.resolve("harness.yaml"), HARNESS.replace("partner_name: FixHands\n", ""));
    assertThatThrownBy(() -> IntentParser.parse(file)).hasMessageContaining("harness.yaml: 'partner_name' is required");
  }

  @Test
  void aMissingHarnessIsAnError() throws IOException {
    Path file = write("en.yaml", INTENTS);
    Files.delete(dir.resolve("harness.yaml"));

    assertThatThrownBy(() -> IntentParser.parse(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("harness.yaml")
        .hasMessageContaining("cannot read");
  }

  @Test
  void aMissingSetupLineIsNamed() throws IOException {
    Files.writeString(dir.resolve("harness.yaml"), HARNESS.replace(", partner: \"Can you assemble a wardrobe for me?\"", ""));
    Path file = write("en.yaml", "language: en\nsituations:\n  yes: [\"sure\"]\n");

    assertThatThrownBy(() -> IntentParser.parse(file)).hasMessageContaining("setup line 'partner' is missing");
  }

  @Test
  void theShippedIntentFilesParse() throws IOException {
    try (var files = Files.list(Path.of("src/test/resources/intents"))) {
      List<Path> intents = files.filter(IntentParser::isIntents).sorted().toList();
      assertThat(intents).isNotEmpty();
      for (Path f : intents) {
        assertThat(IntentParser.parse(f)).as(f.toString()).isNotEmpty()
            .allSatisfy(sf -> assertThat(sf.scenarios()).isNotEmpty());
      }
    }
  }
}
