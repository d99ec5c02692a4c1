package io.frontline.cli;

import io.frontline.app.Frontline;
import io.frontline.scenario.PassK;
import io.frontline.scenario.TurnResult;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The lines {@code frontline test --llm [--repeat K]} prints before its summary: pass^k, who answered, tokens. */
final class LlmReport {

  /** Input tokens one client message may cost (issue 6): the budget the LLM engine keeps. */
  static final int TOKEN_BUDGET = io.frontline.llm.TokenBudget.PER_TURN;

  private LlmReport() {}

  static String of(List<Integer> passes, int runs, List<TurnResult> turns, Collection<Frontline> pipelines) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "pass^k over %d scenarios x %d run(s):", passes.size(), runs));
    for (int k = 1; k <= runs; k++) {
      s.append(String.format(Locale.ROOT, " pass^%d %.2f", k, PassK.of(passes, runs, k)));
    }
    s.append('\n');
    pipelines.stream().findFirst().flatMap(Frontline::llmSettings).ifPresent(m -> s.append("model: ").append(m).append('\n'));
    Map<String, Long> by = new TreeMap<>(turns.stream().collect(Collectors.groupingBy(TurnResult::answeredBy, Collectors.counting())));
    s.append("turns: ").append(turns.size()).append(" answered by: ")
        .append(by.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
        .append('\n');
    List<Long> tokens = turns.stream().filter(t -> t.modelCalls() > 0).map(TurnResult::inputTokens).sorted().toList();
    if (!tokens.isEmpty()) {
      long over = tokens.stream().filter(t -> t > TOKEN_BUDGET).count();
      s.append(
          String.format(
              Locale.ROOT,
              "input tokens per model turn (everything sent, all calls of the turn, OpenAI o200k count): "
                  + "mean %d, p50 %d, p95 %d, max %d over %d turns; budget %,d: %s%n",
              Math.round(tokens.stream().mapToLong(Long::longValue).average().orElse(0)),
              tokens.get((tokens.size() - 1) / 2),
              tokens.get((int) Math.ceil(0.95 * tokens.size()) - 1),
              tokens.get(tokens.size() - 1),
              tokens.size(),
              TOKEN_BUDGET,
              over == 0 ? "met" : "exceeded in " + over + " turn(s)"));
      s.append(
          String.format(
              Locale.ROOT, "model calls per model turn: mean %.2f%n",
              turns.stream().filter(t -> t.modelCalls() > 0).mapToInt(TurnResult::modelCalls).average().orElse(0)));
    }
    pipelines.stream().findFirst().flatMap(Frontline::llm).ifPresent(e -> {
      var st = e.stats();
      if (st.inputTokens() > 0) {
        s.append(String.format(Locale.ROOT, "provider-reported tokens: %d in, %d out%n", st.inputTokens(), st.outputTokens()));
      }
    });
    return s.toString();
  }
}
