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

  private record Compiled<T>(T tag, String phrase, String[] words, String[] stems, boolean[] prefix) {}

  private final Map<String, List<Compiled<T>>> byFirstWord = new HashMap<>();
  /** Phrases whose first word is a wildcard, by the first letter of that word (-1: "*" alone). */
  private final Map<Integer, List<Compiled<T>>> prefixByFirstChar = new HashMap<>();

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
      String[] ws = words.toArray(String[]::new);
      String[] stems = new String[ws.length];
      boolean[] prefix = new boolean[ws.length];
      for (int i = 0; i < ws.length; i++) {
        prefix[i] = ws[i].endsWith("*");
        stems[i] = prefix[i] ? ws[i].substring(0, ws[i].length() - 1) : ws[i];
      }
      Compiled<T> c = new Compiled<>(tag, phrase, ws, stems, prefix);
      String first = c.words()[0];
      if (first.endsWith("*")) {
        int key = c.stems()[0].isEmpty() ? -1 : c.stems()[0].codePointAt(0);
        matcher.prefixByFirstChar.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
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
          if (matchesAt(c, words, i)) {
            out.add(new Match<>(c.tag(), c.phrase(), i, i + c.words().length));
          }
        }
      }
      {
        // Only the wildcard phrases whose first word starts with this word's first letter.
        String w = words.get(i);
        List<Compiled<T>> any = prefixByFirstChar.get(-1);
        List<Compiled<T>> same = w.isEmpty() ? null : prefixByFirstChar.get(w.codePointAt(0));
        for (List<Compiled<T>> list : java.util.Arrays.asList(any, same)) {
          if (list != null) {
            for (Compiled<T> c : list) {
              if (matchesAt(c, words, i)) {
                out.add(new Match<>(c.tag(), c.phrase(), i, i + c.words().length));
              }
            }
          }
        }
      }
    }
    return out;
  }

  public Optional<Match<T>> findFirst(List<String> words) {
    List<Match<T>> all = findAll(words);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static boolean matchesAt(Compiled<?> c, List<String> words, int at) {
    String[] stems = c.stems();
    if (at + stems.length > words.size()) {
      return false;
    }
    for (int k = 0; k < stems.length; k++) {
      String w = words.get(at + k);
      if (c.prefix()[k] ? !w.startsWith(stems[k]) : !stems[k].equals(w)) {
        return false;
      }
    }
    return true;
  }

}
