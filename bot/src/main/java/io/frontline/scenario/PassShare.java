package io.frontline.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The share of turns that did what was expected, per set (a company's scenarios, one situation of
 * the universal intents in one language). Turns that only set a conversation up are not counted.
 */
public final class PassShare {

  /** One set's figures. */
  public record Row(String set, int turns, int passed) {
    public double share() {
      return turns == 0 ? 1.0 : passed / (double) turns;
    }
  }

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** Counts the results of one run of {@code scenario} under {@code set}. */
  public void add(String set, Scenario scenario, List<TurnResult> results) {
    int[] c = counts.computeIfAbsent(set, k -> new int[2]);
    for (TurnResult r : results) {
      if (scenario.turns().get(r.turn() - 1).expect().isNothing()) {
        continue;
      }
      c[0]++;
      if (r.passed()) {
        c[1]++;
      }
    }
  }

  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    counts.forEach((set, c) -> out.add(new Row(set, c[0], c[1])));
    return out;
  }

  /** A fixed-width table: set, turns, passed, share. */
  public String table() {
    int width = Math.max(3, counts.keySet().stream().mapToInt(String::length).max().orElse(3));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-" + width + "s %6s %6s %7s%n", "set", "turns", "passed", "share"));
    for (Row r : rows()) {
      b.append(String.format(Locale.ROOT, "%-" + width + "s %6d %6d %6.1f%%%n", r.set(), r.turns(), r.passed(), 100 * r.share()));
    }
    return b.toString();
  }
}
