package io.frontline.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences and comma-separated clauses of a message. A client who tells a story around a
 * request ("Hi, I'm organising my mum's party, how much are the canapés?") asks in one clause;
 * the others should not dilute it.
 */
public final class Clauses {

  /** Sentence ends and commas, but not the point or comma inside "14.50", "12.12." or "2,5". */
  private static final Pattern BOUNDARY = Pattern.compile("[!?;\\n…]+|(?<!\\d)[.,]|[.,](?!\\d)");

  private Clauses() {}

  public static List<String> of(String text) {
    return Arrays.stream(BOUNDARY.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
