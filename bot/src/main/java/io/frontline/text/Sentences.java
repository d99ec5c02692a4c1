package io.frontline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a reply, each with its closing mark. Unlike {@link Clauses}, commas do not cut:
 * a guard judges a whole sentence ("no discounts, but …").
 */
public final class Sentences {

  /** A dot between digits ("21.000 Ft", "+36.30", "12.30") groups or joins digits; it ends no sentence. */
  private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d))+[.!?]?");

  private Sentences() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
