package io.frontline.llm;

import static io.frontline.llm.FakeOpenAi.decision;
import static io.frontline.llm.FakeOpenAi.toolCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.app.Frontline;
import io.frontline.cli.Main;
import io.frontline.conversation.ChatId;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.Decision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code frontline test --llm --repeat K} end to end: the jar's command, the real OpenAI client,
 * a loopback server playing a model that searches once and then answers as the deterministic core
 * would. It reports pass^k and the input tokens per turn, which must stay within the budget in
 * every turn (the engine never sends a call past it).
 */
class LlmTestCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run frontline(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env)
            .run(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * One file of the sample's scenarios keeps the suite quick; with
   * -Dllm.scenarios=all, every sample scenario (the figures in the note).
   */
  private static List<String> scenarios() throws IOException {
    boolean all = "all".equals(System.getProperty("llm.scenarios"));
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/scenarios"))) {
      return s.map(Path::toString)
          .filter(p -> p.endsWith(".yaml"))
          .filter(p -> all || p.endsWith("saying-no-en.yaml"))
          .sorted()
          .toList();
    }
  }

  @Test
  void withoutAConfiguredModelItIsAUsageError() throws IOException {
    Run r = frontline(Map.of(), concat(List.of("test", "--llm"), scenarios()));

    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("LLM_PROVIDER");
  }

  @Test
  void passKAndTokensPerTurnWithinTheBudget() throws IOException {
    Frontline rules = Frontline.load(Path.of("../knowledge"), Optional.of(Path.of("../prompts")));
    try (FakeOpenAi server = new FakeOpenAi()) {
      server.otherwise(request -> replay(rules, request));
      Map<String, String> env =
          Map.of(
              "LLM_PROVIDER", "openai", "LLM_BASE_URL", server.baseUrl(), "LLM_MODEL", "replay-of-the-rules",
              "KNOWLEDGE_DIR", "../knowledge");
      List<String> args = new ArrayList<>(List.of("test", "--llm", "--repeat", "2"));
      args.addAll(scenarios());

      Run r = frontline(env, args.toArray(String[]::new));

      System.out.println(r.out().lines().filter(l -> !l.startsWith("FAIL") && !l.startsWith("  ")).reduce("", (a, b) -> a + b + "\n"));
      assertThat(r.out()).contains("pass^1").contains("pass^2").contains("model: openai replay-of-the-rules");
      Matcher m = Pattern.compile("input tokens per model turn .*: mean (\\d+), p50 (\\d+), p95 (\\d+), max (\\d+) over (\\d+) turns").matcher(r.out());
      assertThat(m.find()).as(r.out()).isTrue();
      assertThat(Integer.parseInt(m.group(5))).isGreaterThan(50);
      assertThat(Integer.parseInt(m.group(3))).as("input tokens of the 95th-percentile turn").isLessThanOrEqualTo(2_500);
      assertThat(Integer.parseInt(m.group(4))).as("input tokens of the costliest turn").isLessThanOrEqualTo(2_500);
      assertThat(r.out()).contains("budget 2,500: met");
      // Every request the model got: the four tools, or none for the compact retry of a refused draft.
      for (JsonNode req : server.requests) {
        boolean retry = FakeOpenAi.lastUser(req).contains(LlmEngine.NOTE_CLIENT);
        assertThat(req.has("tools") ? req.get("tools").size() : 0).as(req.toString()).isEqualTo(retry ? 0 : 4);
      }
    }
  }

  /**
   * A model that answers what the rules answer: from the prompt's facts when they hold the entries
   * it needs, else after one search for the client's words.
   */
  private static FakeOpenAi.Reply replay(Frontline rules, JsonNode request) {
    String said = FakeOpenAi.lastUser(request);
    int format = said.indexOf("\nYou must answer strictly");
    String text = format < 0 ? said : said.substring(0, format);
    // The compact retry quotes the client's message last; it offers no tools to call.
    int quoted = text.indexOf(LlmEngine.NOTE_CLIENT);
    boolean retry = quoted >= 0;
    if (retry) {
      text = text.substring(quoted + LlmEngine.NOTE_CLIENT.length());
    }
    Decision d =
        rules.conversations(o -> {}).handle(new ChatId(1), new ClientMessage(text, ClientInfo.ANONYMOUS, Instant.parse("2026-11-24T09:00:00Z")));
    String sent = request.get("messages").toString();
    boolean searched = sent.contains("\"role\":\"tool\"");
    List<String> needed = new ArrayList<>(d.knowledgeIds());
    d.partner().ifPresent(needed::add);
    boolean inPrompt = needed.stream().allMatch(id -> sent.contains("[" + id + "]"));
    if (!searched && !inPrompt && !retry) {
      return toolCall("searchKnowledge", FakeOpenAi.JSON.createObjectNode().put("query", text).toString());
    }
    return decision(d.action().key(), d.reply(), d.knowledgeIds(), d.partner().orElse(null), d.staff().orElse(null));
  }

  private static String[] concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all.toArray(String[]::new);
  }
}
