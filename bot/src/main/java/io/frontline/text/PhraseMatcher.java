package io.frontline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds phrases in text. A phrase is a sequence of words that must stand next to each other; a word
 * ending in {@code *} matches every word starting with it. Phrases are indexed by their first word
 * so a message is scanned once, not once per phrase.
 *
 * @param <T> what a phrase stands for (a signal, a guard rule)
 */
public final class PhraseMatcher<T> {

  /** A phrase found in a text: what it stands for and where, in word positions. */
  public record Match<T>(T tag, String phrase, int from, int to) {}

  private record Compiled<T>(T tag, String phrase, String[] words) {}

  private final Map<String, List<Compiled<T>>> byFirstWord = new HashMap<>();
  private final List<Compiled<T>> prefixFirst = new ArrayList<>();

  private PhraseMatcher() {}

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects phrases; invalid phrases (no words) are skipped and reported by {@link #add}. */
  public static final class Builder<T> {
    private final PhraseMatcher<T> matcher = new PhraseMatcher<>();

    /** Adds a phrase; returns false when it has no words to match. */
    public boolean add(T tag, String phrase) {
      List<String> words = new ArrayList<>();
      for (String raw : phrase.trim().split("\\s+")) {
        boolean wildcard = raw.endsWith("*");
        List<String> parts = Words.of(wildcard ? raw.substring(0, raw.length() - 1) : raw);
        for (int i = 0; i < parts.size(); i++) {
          words.add(parts.get(i) + (wildcard && i == parts.size() - 1 ? "*" : ""));
        }
      }
      if (words.isEmpty()) {
        return false;
      }
      Compiled<T> c = new Compiled<>(tag, phrase, words.toArray(String[]::new));
      String first = c.words()[0];
      if (first.endsWith("*")) {
        matcher.prefixFirst.add(c);
      } else {
        matcher.byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
      }
      return true;
    }

    public PhraseMatcher<T> build() {
      return matcher;
    }
  }

  /** Every match in {@code words} (as produced by {@link Words#of}). */
  public List<Match<T>> findAll(List<String> words) {
    List<Match<T>> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<Compiled<T>> candidates = byFirstWord.get(words.get(i));
      if (candidates != null) {
        for (Compiled<T> c : candidates) {
          if (matchesAt(c.words(), words, i)) {
            out.add(new Match<>(c.tag(), c.phrase(), i, i + c.words().length));
          }
        }
      }
      for (Compiled<T> c : prefixFirst) {
        if (matchesAt(c.words(), words, i)) {
          out.add(new Match<>(c.tag(), c.phrase(), i, i + c.words().length));
        }
      }
    }
    return out;
  }

  public Optional<Match<T>> findFirst(List<String> words) {
    List<Match<T>> all = findAll(words);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static boolean matchesAt(String[] phrase, List<String> words, int at) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      String p = phrase[k];
      String w = words.get(at + k);
      if (p.endsWith("*")) {
        if (!w.startsWith(p.substring(0, p.length() - 1))) {
          return false;
        }
      } else if (!p.equals(w)) {
        return false;
      }
    }
    return true;
  }
}
