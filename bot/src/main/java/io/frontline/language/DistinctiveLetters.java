package io.frontline.language;

import java.util.Optional;
import java.util.Set;

/**
 * Letters that only one of the bot's languages uses settle the question without statistics:
 * ő and ű are Hungarian, ł and ż Polish, ї, є and і Ukrainian, ы and э Russian, ß German. Exact and
 * fast; anything less clear-cut is left to the detector.
 */
public final class DistinctiveLetters {

  private DistinctiveLetters() {}

  public static Optional<String> guess(String text, Set<String> spoken) {
    boolean hu = false;
    boolean pl = false;
    boolean de = false;
    boolean uk = false;
    boolean ru = false;
    boolean be = false;
    for (int i = 0; i < text.length(); i++) {
      switch (Character.toLowerCase(text.charAt(i))) {
        case 'ő', 'ű' -> hu = true;
        case 'ą', 'ę', 'ł', 'ż', 'ś', 'ź', 'ć', 'ń' -> pl = true;
        case 'ß' -> de = true;
        case 'ї', 'є', 'ґ', 'і' -> uk = true;
        case 'ы', 'э', 'ъ' -> ru = true;
        case 'ў' -> be = true;
        default -> {}
      }
    }
    // Belarusian shares ы and э with Russian and і with Ukrainian; with ў, let the detector decide.
    if (be) {
      return Optional.empty();
    }
    String found = null;
    int count = 0;
    for (var e : new Object[][] {{hu, "hu"}, {pl, "pl"}, {de, "de"}, {uk, "uk"}, {ru, "ru"}}) {
      if ((Boolean) e[0]) {
        found = (String) e[1];
        count++;
      }
    }
    return count == 1 && spoken.contains(found) ? Optional.of(found) : Optional.empty();
  }
}
