package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.knowledge.KnowledgeFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command in-process, through {@code new Main(in, out, err).run(args)}. */
class MainTest {

  static final Path SAMPLE = Path.of("../knowledge");

  @TempDir Path tmp;

  /** One run of the command line: exit code and what it printed. */
  record Run(int exit, String out, String err) {}

  static Run chat(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit =
          new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e).run(args);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return chat("", args);
  }

  private Path scenario(String yaml) throws IOException {
    Path file = tmp.resolve("scenario.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static void assumeSample() {
    assumeTrue(Files.isDirectory(SAMPLE.resolve("articles")), "the sample knowledge is not written yet");
  }

  // ------------------------------------------------------------------ check

  @Test
  void checkOnAValidFolderSaysZeroErrors() {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Run r = run("check", "--knowledge", dir.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("(?m)^0 errors, \\d+ warnings$");
    assertThat(r.out()).contains("3 catalog items, 1 articles, 2 partners, 2 staff, languages [en, ru]");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void checkOnABrokenFolderFailsWithFileAndLine() {
    KnowledgeFixture fx = KnowledgeFixture.in(tmp).replace("staff.yaml", "backup: oleh", "backup: olga");
    Path dir = fx.write();
    Run r = run("check", "--knowledge", dir.toString());

    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.FAILED);
    int line = fx.lineOf("staff.yaml", "backup: olga");
    assertThat(r.err()).contains("knowledge/staff.yaml:" + line + ": error: staff[anna].backup: unknown staff 'olga'");
    assertThat(r.out()).containsPattern("(?m)^1 errors, \\d+ warnings$");
    assertThat(r.out()).doesNotContain("catalog items");
  }

  @Test
  void checkReportsEveryErrorOnePerLine() {
    KnowledgeFixture fx =
        KnowledgeFixture.in(tmp)
            .replace("catalog.yaml", "price: 45", "price: cheap")
            .replace("clients.yaml", "account_manager: oleh", "account_manager: maria")
            .replace("catalog.yaml", "  - id: cooler\n", "  - id: water-6l\n");
    Run r = run("check", "--knowledge", fx.write().toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(3).allMatch(l -> l.matches("knowledge/[a-z./]+:\\d+: error: \\S+: .+"));
    assertThat(r.out()).contains("3 errors");
  }

  @Test
  void checkReportsAnArticleTheGuardWouldRefuse() {
    KnowledgeFixture fx =
        KnowledgeFixture.in(tmp)
            .replace("articles/delivery-zones.en.md", "A bottle costs 100 UAH with delivery.", "For anything else, please call our office.");
    Run r = run("check", "--knowledge", fx.write().toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("delivery-zones.en.md:").contains("body: sends the client elsewhere");
  }

  @Test
  void checkOnAMissingFolderFails() {
    Run r = run("check", "--knowledge", tmp.resolve("nowhere").toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("no such knowledge folder");
  }

  @Test
  void checkOnTheSampleSaysZeroErrors() {
    assumeSample();
    Run r = run("check", "--knowledge", SAMPLE.toString(), "--prompts", "../prompts");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("(?m)^0 errors, \\d+ warnings$");
  }

  // ------------------------------------------------------------------ usage

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("check", "--no-such-option");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--no-such-option").contains("Usage:");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void testWithoutFilesIsAUsageError() {
    Run r = run("test");

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("FILE");
  }

  @Test
  void noCommandPrintsUsage() {
    Run r = run();

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: frontline").contains("check").contains("chat").contains("test");
  }

  @Test
  void helpAndVersion() {
    Run help = run("check", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--knowledge");

    Run version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("frontline ");
  }

  // ------------------------------------------------------------------ chat

  @Test
  void chatWithTheSampleRepliesAndQuits() {
    assumeSample();
    Run r = chat("Hello\n/quit\n", "chat", "--knowledge", SAMPLE.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Frontline chat with AquaVita");
    List<String> bot = r.out().lines().filter(l -> l.contains("bot> ")).toList();
    assertThat(bot).hasSize(1);
    assertThat(bot.get(0).substring(bot.get(0).indexOf("bot> ") + 5)).isNotBlank();
    // the decision line under the reply: action and language
    assertThat(r.out()).containsPattern("(?m)^ +\\[(answer|clarify|refer|decline|escalate) · [a-z]{2}\\b");
  }

  @Test
  void chatRehearsesAHandOverWithTheCardAndStaffAnswers() {
    assumeSample();
    Run r =
        chat(
            "How much is a 19 l bottle?\n"
                + "I want to file a complaint, the water you delivered yesterday was cloudy\n"
                + "It was order 4411\n"
                + "staff: So sorry! We will replace it today.\n"
                + "Thanks\n"
                + "/note a regular client\n"
                + "/done\n"
                + "How much is a 19 l bottle?\n",
            "chat", "--knowledge", SAMPLE.toString(), "--lang", "en");

    assertThat(r.exit()).as(r.toString()).isZero();
    String out = r.out();
    // The card, as the person would get it: reason, summary, the conversation so far.
    assertThat(out).containsPattern("staff\\| == hand-over: complaint for (Anna|Zsófia) \\(customer care\\) ==");
    assertThat(out).contains("staff| why: the client complains");
    assertThat(out).contains("staff| summary: Complaint: the client complains.");
    assertThat(out).contains("staff| Conversation (last 4 of 4):");
    assertThat(out).contains("client: I want to file a complaint, the water you delivered yesterday was cloudy");
    // While the person has the chat, the client's words go to them and the bot does not answer.
    assertThat(out).containsPattern("\\[to (Anna|Zsófia)'s topic: It was order 4411\\]");
    assertThat(out).containsPattern("(?m)^you> +(Anna|Zsófia)> So sorry! We will replace it today\\.$");
    assertThat(out).containsPattern("\\[to (Anna|Zsófia)'s topic: Thanks\\]");
    assertThat(out).contains("[note kept for staff]");
    assertThat(out).contains("bot> Thank you for waiting! I'm back with you");
    // Back with the bot: the same question gets the same answer as before the hand-over.
    List<String> prices = out.lines().filter(l -> l.contains("bot> Drinking water, 19 L bottle")).toList();
    assertThat(prices).hasSize(2);
  }

  @Test
  void chatTakesAnOrderEndToEndAndKnowsItsStatus() {
    assumeSample();
    Run r = chat(
        "I'd like to order 12 bottles of water\nKorzo 5, flat 3\n1\nyes\nwhere is my order?\nthe same as last time\n/quit\n",
        "chat", "--knowledge", SAMPLE.toString(), "--lang", "en");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Where should we bring it?")
        .contains("1) ")
        .contains("Total: 1080 UAH.")
        .contains("[buttons: yes / no")
        .contains("your order is placed")
        .contains("[order #1 recorded; card to ")
        .contains("is accepted and will be delivered")
        .contains("the same as last time: 12 × Drinking water, 19 L bottle, Korzo 5, flat 3");
    assertThat(r.out()).doesNotContain("[order #2");
  }

  @Test
  void chatEndsAtEndOfInputToo() {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Run r = chat("How much is a bottle of water?\nThanks!\n", "chat", "--quiet", "--knowledge", dir.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains("bot> "))).hasSize(2);
    assertThat(r.out()).doesNotContain(" · ");
  }

  @Test
  void chatOnBrokenKnowledgeFailsWithTheErrors() {
    KnowledgeFixture fx = KnowledgeFixture.in(tmp).replace("staff.yaml", "backup: oleh", "backup: olga");
    Run r = chat("Hello\n", "chat", "--knowledge", fx.write().toString());

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("unknown staff 'olga'");
  }

  // ------------------------------------------------------------------ test

  @Test
  void passingScenario() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file =
        scenario(
            "knowledge: " + tmp.relativize(dir) + "\n"
                + "scenarios: [{name: x, turns: [{say: \"hello\", expect: {action: answer}}]}]\n");
    Run r = run("test", file.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("1 passed, 0 failed" + System.lineSeparator());
  }

  /** Issue 16: a run with repeats (or a model) took minutes without a word. */
  @Test
  void repeatedRunsSayWhereTheyAreOnStderr() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file = scenario("scenarios: [{name: x, turns: [{say: \"hello\", expect: {action: answer}}]},"
        + " {name: y, turns: [{say: \"hello\", expect: {action: answer}}]}]\n");
    Run r = run("test", file.toString(), "--knowledge", dir.toString(), "--repeat", "2");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).contains("[1/2] ").contains("'x' run 1/2").contains("'x' run 2/2").contains("[2/2] ").contains("'y' run 2/2");
    assertThat(r.out()).doesNotContain("[1/2]");
  }

  @Test
  void passingScenarioWithKnowledgeOption() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file = scenario("scenarios: [{name: x, turns: [{say: \"hello\", expect: {action: answer}}]}]\n");
    Run r = run("test", file.toString(), "--knowledge", dir.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("1 passed, 0 failed");
  }

  @Test
  void failingExpectation() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file =
        scenario(
            """
            scenarios:
              - name: greeting is no hand-over
                turns:
                  - say: "hello"
                    expect: {action: answer}
                  - say: "hello again"
                    expect: {action: escalate, contains: ["no such text"]}
              - name: fine
                turns:
                  - say: "hello"
            """);
    Run r = run("test", file.toString(), "--knowledge", dir.toString());

    assertThat(r.exit()).as(r.toString()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("FAIL scenario.yaml: 'greeting is no hand-over' turn 2: \"hello again\"");
    assertThat(r.out()).contains("action: expected escalate, got ");
    assertThat(r.out()).contains("contains: expected \"no such text\"");
    assertThat(r.out()).contains("reply: ");
    assertThat(r.out().lines().filter(l -> l.startsWith("FAIL"))).hasSize(1);
    assertThat(r.out()).endsWith("1 passed, 1 failed" + System.lineSeparator());
  }

  @Test
  void jsonPrintsOneObjectPerTurn() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file =
        scenario(
            """
            scenarios:
              - name: two turns
                turns:
                  - say: "hello"
                    expect: {action: answer}
                  - say: "hello"
                    expect: {action: decline}
            """);
    Run r = run("test", file.toString(), "--knowledge", dir.toString(), "--json");

    assertThat(r.exit()).isEqualTo(Main.FAILED);
    assertThat(r.err()).contains("0 passed, 1 failed");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> turns = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      turns.add(json.readTree(line));
    }
    assertThat(turns).hasSize(2);
    for (JsonNode t : turns) {
      assertThat(t.isObject()).isTrue();
      List<String> keys = new ArrayList<>();
      t.fieldNames().forEachRemaining(keys::add);
      assertThat(keys)
          .containsExactly(
              "scenario", "turn", "say", "action", "language", "knowledge", "partner", "staff", "reply", "passed", "failures");
      assertThat(t.get("scenario").asText()).isEqualTo("two turns");
      assertThat(t.get("say").asText()).isEqualTo("hello");
      assertThat(t.get("knowledge").isArray()).isTrue();
      assertThat(t.get("failures").isArray()).isTrue();
      assertThat(t.get("reply").asText()).isNotBlank();
    }
    assertThat(turns.get(0).get("turn").asInt()).isEqualTo(1);
    assertThat(turns.get(0).get("action").asText()).isEqualTo("answer");
    assertThat(turns.get(0).get("passed").asBoolean()).isTrue();
    assertThat(turns.get(0).get("failures")).isEmpty();
    assertThat(turns.get(1).get("turn").asInt()).isEqualTo(2);
    assertThat(turns.get(1).get("passed").asBoolean()).isFalse();
    assertThat(turns.get(1).get("failures").get(0).asText()).startsWith("action: expected decline");
  }

  @Test
  void unknownExpectKeyIsAUsageErrorWithAClearMessage() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file = scenario("scenarios: [{name: x, turns: [{say: \"hello\", expect: {actoin: answer}}]}]\n");
    Run r = run("test", file.toString(), "--knowledge", dir.toString());

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("scenario 'x', turn 1: unknown expect key 'actoin'");
    assertThat(r.out()).doesNotContain("passed");
  }

  @Test
  void unknownActionIsAUsageError() throws IOException {
    Path dir = KnowledgeFixture.writeMinimal(tmp);
    Path file = scenario("scenarios: [{name: x, turns: [{say: \"hello\", expect: {action: reply}}]}]\n");
    Run r = run("test", file.toString(), "--knowledge", dir.toString());

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("action must be answer, clarify, refer, decline or escalate");
  }

  @Test
  void missingScenarioFileIsAUsageError() {
    Run r = run("test", tmp.resolve("nope.yaml").toString());

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("nope.yaml").contains("cannot read");
  }

  @Test
  void badScenarioYamlIsAUsageErrorWithTheLine() throws IOException {
    Path file = scenario("scenarios:\n  - name: x\n    turns: [{say: \"hello}]\n");
    Run r = run("test", file.toString());

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("scenario.yaml:").contains("bad YAML");
  }

  @Test
  void scenarioAgainstTheSample() throws IOException {
    assumeSample();
    Path file =
        scenario(
            """
            scenarios:
              - name: price of a bottle
                turns:
                  - say: "How much is a 19 liter bottle of water?"
                    expect: {action: answer, knowledge: [water-19l], contains: ["100"], language: en}
            """);
    Run r = run("test", file.toString(), "--knowledge", SAMPLE.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("1 passed, 0 failed");
  }
}
