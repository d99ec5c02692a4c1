package io.frontline.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The after-the-sale part of {@code frontline stats}: orders taken in the chat, and each
 * suggestion offered, accepted and declined (from the store's orders and suggestion events).
 */
public final class AftercareText {

  private AftercareText() {}

  public static String of(Map<String, Integer> orders, Map<String, Map<String, Integer>> suggestions) {
    StringBuilder sb = new StringBuilder();
    int placed = orders.entrySet().stream().filter(e -> !e.getKey().equals("problem")).mapToInt(Map.Entry::getValue).sum();
    sb.append(String.format(
        "orders taken in the chat: %d (delivered %d, cancelled %d, open %d; a problem reported with %d)%n",
        placed, orders.getOrDefault("done", 0), orders.getOrDefault("cancelled", 0), orders.getOrDefault("placed", 0),
        orders.getOrDefault("problem", 0)));
    if (suggestions.isEmpty()) {
      sb.append("suggestions: none offered\n");
      return sb.toString();
    }
    sb.append("suggestions (offered / accepted / declined):\n");
    List<String> lines = new ArrayList<>();
    suggestions.forEach((id, counts) -> lines.add(String.format(
        "  %s: %d / %d / %d%n", id, counts.getOrDefault("offered", 0), counts.getOrDefault("accepted", 0), counts.getOrDefault("declined", 0))));
    lines.forEach(sb::append);
    return sb.toString();
  }
}
