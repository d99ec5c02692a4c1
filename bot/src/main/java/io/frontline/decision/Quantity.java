package io.frontline.decision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How many units a client asks for: "60 bottles", "замовлю 60". Volumes ("19 l", "19 литров") are
 * a product's size, not a quantity, and are skipped.
 */
final class Quantity {

  private static final Set<String> VOLUME_PREFIXES =
      Set.of("l", "л", "lit", "лит", "літ", "liter", "litr", "литр", "літр", "ml", "мл");
  private static final int MAX = 100_000;

  private Quantity() {}

  /** @param words lower-cased words of the message */
  static Optional<Integer> in(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.chars().allMatch(Character::isDigit) || w.length() > 6) {
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (isVolume(next)) {
        continue;
      }
      int n = Integer.parseInt(w);
      if (n > 0 && n <= MAX) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean isVolume(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (String p : VOLUME_PREFIXES) {
      if (word.equals(p) || (p.length() >= 3 && word.startsWith(p))) {
        return true;
      }
    }
    return false;
  }
}
