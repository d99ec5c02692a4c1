package io.frontline.decision;

import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.Catalog;
import io.frontline.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How many units a client asks for: "60 bottles", "замовлю 60 бутлів". A number counts only when a
 * word naming something we sell follows it at once, so "19 l" (a size), "why 200 for the bottle?" (a price), "the 5th floor", "my son is
 * 14, how much is his haircut?" (an age) and "450 for balayage is crazy" (a haggled price) are not
 * orders. Words shorter than {@value #MIN_WORD} letters ("for", "lat", "do") are not item words:
 * they are grammar or ages in item names ("do 12 lat"); nor is a word that only follows a number
 * in the catalog ("up to 12 years").
 */
final class Quantity {

  private static final int STEM = 4;
  private static final int MIN_WORD = 4;
  private static final int MAX = 100_000;
  private static final Set<String> VOLUMES = Set.of("l", "л", "ml", "мл", "lit", "лит", "літ", "litr", "литр", "літр", "lite");

  private final Set<String> stems;

  private Quantity(Set<String> stems) {
    this.stems = stems;
  }

  /** Learns the words for what the company sells, in every language, from the catalog. */
  static Quantity of(Catalog catalog) {
    Set<String> stems = new HashSet<>();
    for (CatalogItem item : catalog.items()) {
      item.name().byLanguage().values().forEach(t -> addStems(stems, t));
      item.unit().byLanguage().values().forEach(t -> addStems(stems, t));
      item.aliases().byLanguage().values().forEach(list -> list.forEach(t -> addStems(stems, t)));
    }
    return new Quantity(stems);
  }

  /**
   * A word that only ever follows a number in the catalog ("up to 12 years", "16 inch bike", "ab 18
   * Jahren") is a measure, not something we sell: "my son is 10 years old" orders nothing.
   */
  private static void addStems(Set<String> stems, String text) {
    List<String> words = Words.of(text);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean afterNumber = i > 0 && isNumber(words.get(i - 1));
      if (!afterNumber && w.length() >= MIN_WORD && !isNumber(w) && !VOLUMES.contains(stem(w))) {
        stems.add(stem(w));
      }
    }
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
  }

  private static String stem(String w) {
    return w.length() > STEM ? w.substring(0, STEM) : w;
  }

  /**
   * A number with a sign or a fraction ("-5", "2.5", "2,5") is not a count of things: it is
   * taken out before the words are read, so "-5 bottles" and "2.5 bottles" order nothing (the
   * client is asked how many) instead of 5 or 2.
   */
  private static final java.util.regex.Pattern NOT_A_COUNT =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[-−–]\\s?\\d+(?:[.,]\\d+)?|\\d+[.,]\\d+");

  /** The lower-cased words of {@code text} with signed and fractional numbers left out. */
  static List<String> countWords(String text) {
    return Words.of(NOT_A_COUNT.matcher(text).replaceAll(" "));
  }

  /** The first whole positive number in {@code text} (up to 6 digits): a count or a choice. */
  static Optional<Integer> number(String text) {
    for (String w : countWords(text)) {
      if (!w.isEmpty() && w.length() <= 6 && w.chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(w);
        return n > 0 ? Optional.of(n) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How many of something we sell {@code text} asks for. */
  Optional<Integer> in(String text) {
    return in(countWords(text));
  }

  /** @param words lower-cased words of the message (signed and fractional numbers read as whole) */
  Optional<Integer> in(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.isEmpty() || w.length() > 6 || !w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      if (i + 1 == words.size()) {
        continue;
      }
      String next = words.get(i + 1);
      if (VOLUMES.contains(stem(next)) || VOLUMES.contains(next) || next.length() < MIN_WORD || !stems.contains(stem(next))) {
        continue;
      }
      int n = Integer.parseInt(w);
      if (n > 0 && n <= MAX) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
