package io.frontline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds phrases in text. A phrase is a sequence of words that must stand next to each other; a word
 * ending in {@code *} matches every word starting with it; {@code a|b|c} is any one of several
 * words. Parts joined by {@code ~} are a <em>combination</em>: every part must occur, in any order,
 * within {@value #WINDOW} words — "want ~ person" finds "I want to talk to a real person" and "a
 * person, I want" without a sentence per wording.
 *
 * <p>A {@linkplain Builder#tolerant() tolerant} matcher, the one that reads clients, also ignores
 * Latin diacritics ("zwrot pieniedzy" is "zwrot pieniędzy") and, in combinations, forgives one typo
 * (a letter missing, extra, wrong or two swapped) in words of {@value #FUZZY_MIN} letters or more,
 * keeping the first letter. Plain phrases stay exact even then: one letter is often grammar
 * ("привозите", you deliver, against "привезите", deliver it). Guards that read the bot's own
 * replies stay exact.
 *
 * <p>Phrases are indexed by the alternatives of their first word, so a message is scanned once, not
 * once per phrase.
 *
 * @param <T> what a phrase stands for (a signal, a guard rule)
 */
public final class PhraseMatcher<T> {

  /** How many words a combination's parts may span, from the first to the last. */
  static final int WINDOW = 7;
  /** Words (and wildcard stems) at least this long forgive one typo in a tolerant matcher. */
  static final int FUZZY_MIN = 6;

  /** A phrase found in a text: what it stands for and where, in word positions. */
  /**
   * @param from the first word matched
   * @param to one past the last word matched
   * @param words the words the phrase matched: all of {@code from..to} for a plain phrase, only
   *     the parts' own words for a combination ("want … delivered" leaves "12 bottles" in between)
   */
  public record Match<T>(T tag, String phrase, int from, int to, List<Integer> words) {
    public Match {
      words = List.copyOf(words);
    }

    public Match(T tag, String phrase, int from, int to) {
      this(tag, phrase, from, to, java.util.stream.IntStream.range(from, to).boxed().toList());
    }
  }

  /** One word of a phrase: a whole word or, with {@code prefix}, the start of one. */
  private record Term(String stem, boolean prefix) {}

  /** One position of a phrase: any of its alternatives. */
  private record Slot(Term[] alternatives) {}

  /**
   * @param parts one part for a plain phrase, several for a combination
   * @param fuzzy whether a word may carry one typo
   */
  private record Compiled<T>(T tag, String phrase, Slot[][] parts, boolean fuzzy) {}

  private final boolean tolerant;
  private final Map<String, List<Compiled<T>>> byWord = new HashMap<>();
  private final Map<String, List<Compiled<T>>> byPrefix = new HashMap<>();
  /** One-letter deletions of long words and stems, for candidates with a typo (tolerant only). */
  private final Map<String, List<Compiled<T>>> byWordVariant = new HashMap<>();
  private final Map<String, List<Compiled<T>>> byPrefixVariant = new HashMap<>();
  private int longestPrefix;

  private PhraseMatcher(boolean tolerant) {
    this.tolerant = tolerant;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects phrases; invalid phrases (no words) are skipped and reported by {@link #add}. */
  public static final class Builder<T> {
    private boolean tolerant;
    private final List<Map.Entry<T, String>> phrases = new ArrayList<>();

    /** Diacritics ignored and one typo forgiven in long words: for reading what clients write. */
    public Builder<T> tolerant() {
      this.tolerant = true;
      return this;
    }

    /** Adds a phrase; returns false when it has no words to match or its syntax is broken. */
    public boolean add(T tag, String phrase) {
      if (parse(phrase, false) == null) {
        return false;
      }
      phrases.add(Map.entry(tag, phrase));
      return true;
    }

    public PhraseMatcher<T> build() {
      PhraseMatcher<T> m = new PhraseMatcher<>(tolerant);
      for (Map.Entry<T, String> p : phrases) {
        Slot[][] parts = parse(p.getValue(), tolerant);
        m.index(new Compiled<>(p.getKey(), p.getValue(), parts, tolerant && parts.length > 1));
      }
      return m;
    }
  }

  /** The phrase's parts and slots, or null when it has none or an alternative spans several words. */
  private static Slot[][] parse(String phrase, boolean fold) {
    String trimmed = phrase.trim();
    if (trimmed.startsWith("~") || trimmed.endsWith("~")) {
      return null;
    }
    String[] rawParts = trimmed.split("\\s*~\\s*");
    Slot[][] parts = new Slot[rawParts.length][];
    for (int p = 0; p < rawParts.length; p++) {
      List<Slot> slots = new ArrayList<>();
      for (String raw : rawParts[p].trim().split("\\s+")) {
        if (raw.isEmpty()) {
          continue;
        }
        String[] alts = raw.split("\\|", -1);
        if (alts.length == 1) {
          // A plain token may hold several words ("что-то"): each is a slot, the wildcard on the last.
          boolean wildcard = raw.endsWith("*");
          List<String> words = Words.of(wildcard ? raw.substring(0, raw.length() - 1) : raw);
          for (int i = 0; i < words.size(); i++) {
            boolean prefix = wildcard && i == words.size() - 1;
            slots.add(new Slot(new Term[] {term(words.get(i), prefix, fold)}));
          }
          continue;
        }
        List<Term> terms = new ArrayList<>();
        for (String alt : alts) {
          boolean wildcard = alt.endsWith("*");
          List<String> words = Words.of(wildcard ? alt.substring(0, alt.length() - 1) : alt);
          if (words.size() != 1) {
            return null;
          }
          terms.add(term(words.get(0), wildcard, fold));
        }
        slots.add(new Slot(terms.toArray(Term[]::new)));
      }
      if (slots.isEmpty()) {
        return null;
      }
      parts[p] = slots.toArray(Slot[]::new);
    }
    return parts;
  }

  private static Term term(String word, boolean prefix, boolean fold) {
    return new Term(fold ? Fold.latin(word) : word, prefix);
  }

  private void index(Compiled<T> c) {
    for (Term t : c.parts()[0][0].alternatives()) {
      if (t.prefix()) {
        byPrefix.computeIfAbsent(t.stem(), k -> new ArrayList<>()).add(c);
        longestPrefix = Math.max(longestPrefix, t.stem().length());
      } else {
        byWord.computeIfAbsent(t.stem(), k -> new ArrayList<>()).add(c);
      }
      if (c.fuzzy() && t.stem().length() >= FUZZY_MIN) {
        Map<String, List<Compiled<T>>> variants = t.prefix() ? byPrefixVariant : byWordVariant;
        variants.computeIfAbsent(t.stem(), k -> new ArrayList<>()).add(c);
        for (String v : Typos.deletions(t.stem())) {
          variants.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
        }
      }
    }
  }

  /** Every match in {@code words} (as produced by {@link Words#of}). */
  public List<Match<T>> findAll(List<String> words) {
    List<String> ws = tolerant ? words.stream().map(Fold::latin).toList() : words;
    List<Match<T>> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      for (Compiled<T> c : candidates(ws.get(i))) {
        match(c, ws, i).ifPresent(out::add);
      }
    }
    return out;
  }

  public Optional<Match<T>> findFirst(List<String> words) {
    List<Match<T>> all = findAll(words);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The phrases whose first word may be {@code w}; each is checked in full afterwards. */
  private Set<Compiled<T>> candidates(String w) {
    Set<Compiled<T>> found = new LinkedHashSet<>();
    addAll(found, byWord.get(w));
    for (int k = 0; k <= Math.min(w.length(), longestPrefix); k++) {
      addAll(found, byPrefix.get(w.substring(0, k)));
    }
    if (tolerant && w.length() >= FUZZY_MIN - 1) {
      if (w.length() <= 40) {
        addAll(found, byWordVariant.get(w));
        for (String v : Typos.deletions(w)) {
          addAll(found, byWordVariant.get(v));
        }
      }
      for (int k = FUZZY_MIN - 1; k <= Math.min(w.length(), longestPrefix + 1); k++) {
        String start = w.substring(0, k);
        addAll(found, byPrefixVariant.get(start));
        for (String v : Typos.deletions(start)) {
          addAll(found, byPrefixVariant.get(v));
        }
      }
    }
    return found;
  }

  private static <C> void addAll(Set<C> to, List<C> from) {
    if (from != null) {
      to.addAll(from);
    }
  }

  private Optional<Match<T>> match(Compiled<T> c, List<String> words, int at) {
    Slot[][] parts = c.parts();
    if (!sequenceAt(parts[0], words, at, c.fuzzy())) {
      return Optional.empty();
    }
    java.util.BitSet used = new java.util.BitSet();
    used.set(at, at + parts[0].length);
    int[] span = place(c, words, 1, used, at, at + parts[0].length);
    return span == null
        ? Optional.empty()
        : Optional.of(new Match<>(c.tag(), c.phrase(), span[0], span[1], used.stream().boxed().toList()));
  }

  /**
   * Places parts {@code p} onwards on words not used yet, keeping the whole within the window; tries
   * every place, so "a ~ b ~ c" finds "a c b" and a later copy of a part when an earlier one would
   * stretch the span too far.
   */
  private static int[] place(Compiled<?> c, List<String> words, int p, java.util.BitSet used, int from, int to) {
    Slot[][] parts = c.parts();
    if (p == parts.length) {
      return new int[] {from, to};
    }
    int len = parts[p].length;
    int lo = Math.max(0, to - WINDOW);
    int hi = Math.min(words.size() - len, from + WINDOW - len);
    for (int j = lo; j <= hi; j++) {
      if (used.get(j, j + len).isEmpty() && sequenceAt(parts[p], words, j, c.fuzzy())) {
        used.set(j, j + len);
        int[] span = place(c, words, p + 1, used, Math.min(from, j), Math.max(to, j + len));
        if (span != null) {
          return span;
        }
        used.clear(j, j + len);
      }
    }
    return null;
  }

  private static boolean sequenceAt(Slot[] slots, List<String> words, int at, boolean fuzzy) {
    if (at < 0 || at + slots.length > words.size()) {
      return false;
    }
    for (int k = 0; k < slots.length; k++) {
      if (!slotMatches(slots[k], words.get(at + k), fuzzy)) {
        return false;
      }
    }
    return true;
  }

  private static boolean slotMatches(Slot s, String w, boolean fuzzy) {
    for (Term t : s.alternatives()) {
      if (termMatches(t, w, fuzzy)) {
        return true;
      }
    }
    return false;
  }

  private static boolean termMatches(Term t, String w, boolean fuzzy) {
    String stem = t.stem();
    if (t.prefix() ? w.startsWith(stem) : stem.equals(w)) {
      return true;
    }
    if (!fuzzy || stem.length() < FUZZY_MIN || w.isEmpty() || w.charAt(0) != stem.charAt(0)) {
      return false;
    }
    if (!t.prefix()) {
      return Math.abs(w.length() - stem.length()) <= 1 && Typos.atMostOne(w, stem);
    }
    for (int k = stem.length() - 1; k <= Math.min(w.length(), stem.length() + 1); k++) {
      if (Typos.atMostOne(w.substring(0, k), stem)) {
        return true;
      }
    }
    return false;
  }
}
