package io.frontline.wording;

import io.frontline.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How clients say things, in every language the bot knows, compiled for one-pass matching. */
public final class SignalLexicon {

  /** A phrase's meaning and the language whose lexicon lists it. */
  public record Tag(Signal signal, String language) {}

  private final PhraseMatcher<Tag> matcher;

  /**
   * What one message says: the signals found, the languages whose phrases matched (evidence of the
   * client's language in messages too short to detect), and the matches themselves.
   */
  public record Reading(
      Set<Signal> signals, Set<String> languages, List<PhraseMatcher.Match<Tag>> matches) {

    public boolean has(Signal s) {
      return signals.contains(s);
    }

    /** The first phrase that said {@code s}: the words a decision's reason names. */
    public java.util.Optional<String> phrase(Signal s) {
      return matches.stream().filter(m -> m.tag().signal() == s).map(PhraseMatcher.Match::phrase).findFirst();
    }

    /**
     * Whether {@code s} was said only by single words that the client uses of themselves: "I am
     * the manager", "я руководитель", "jestem kierownikiem" (a {@link Signal#SELF} phrase one or
     * two words before each).
     */
    public boolean onlyOfThemselves(Signal s) {
      List<PhraseMatcher.Match<Tag>> said = matches.stream().filter(m -> m.tag().signal() == s).toList();
      return !said.isEmpty()
          && said.stream()
              .allMatch(
                  m ->
                      m.words().size() == 1
                          && matches.stream()
                              .filter(x -> x.tag().signal() == Signal.SELF)
                              .anyMatch(
                                  x -> {
                                    int last = x.words().stream().mapToInt(Integer::intValue).max().orElse(-10);
                                    int gap = m.words().get(0) - last;
                                    return gap == 1 || gap == 2;
                                  }));
    }

    /** Whether a phrase of {@code s} covers the message's first word. */
    public boolean startsWith(Signal s) {
      return matches.stream().anyMatch(m -> m.tag().signal() == s && m.words().contains(0));
    }

    /** Whether a phrase of {@code a} covers a word that no phrase of {@code b} covers. */
    public boolean saidBeyond(Signal a, Signal b) {
      BitSet ofB = covered(s -> s == b);
      return matches.stream()
          .filter(m -> m.tag().signal() == a)
          .anyMatch(m -> m.words().stream().anyMatch(w -> !ofB.get(w)));
    }

    /** How many of the message's words some phrase covers: how much of it the lexicons could read. */
    public int wordsRead() {
      // "I am", "я", "and" are in every sentence and say nothing about how much of it was understood.
      return covered(s -> !s.isFunctionWords()).cardinality();
    }

    /** The words the phrases of {@code s} cover, in message order: "zniżki" of "macie jakieś zniżki?". */
    public List<String> wordsOf(List<String> words, Signal s) {
      return covered(x -> x == s).stream().filter(i -> i < words.size()).mapToObj(words::get).toList();
    }

    /** The words not covered by phrases of the given signals. */
    public List<String> wordsWithout(List<String> words, Set<Signal> remove) {
      BitSet covered = covered(remove::contains);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!covered.get(i)) {
          out.add(words.get(i));
        }
      }
      return out;
    }

    /** Positions of the message's words that phrases of the chosen signals cover. */
    private BitSet covered(java.util.function.Predicate<Signal> chosen) {
      BitSet covered = new BitSet();
      for (PhraseMatcher.Match<Tag> m : matches) {
        if (chosen.test(m.tag().signal())) {
          m.words().forEach(covered::set);
        }
      }
      return covered;
    }
  }

  private final Map<String, Set<String>> generalWords;

  /**
   * Signals whose phrases are the manner of a request, not its subject: greetings, thanks, asking,
   * asking the price, yes and no, wanting to buy. Complaints, refunds and the rest name things
   * ("sell", "house", "contract") that can be what a request is about.
   */
  private static final Set<Signal> CONVERSATIONAL =
      EnumSet.of(
          Signal.GREETING, Signal.THANKS, Signal.BYE, Signal.SMALLTALK, Signal.QUESTION, Signal.PRICE, Signal.YES,
          Signal.NO);

  /** @param phrases language -> signal -> phrases */
  public SignalLexicon(Map<String, Map<Signal, List<String>>> phrases) {
    PhraseMatcher.Builder<Tag> b = PhraseMatcher.<Tag>builder().tolerant();
    Map<String, Set<String>> general = new java.util.HashMap<>();
    phrases.forEach(
        (lang, bySignal) ->
            bySignal.forEach((s, list) -> list.forEach(p -> {
              b.add(new Tag(s, lang), p);
              if (!CONVERSATIONAL.contains(s)) {
                return;
              }
              Set<String> words = general.computeIfAbsent(lang, k -> new java.util.TreeSet<>());
              for (String token : p.split("\\s+")) {
                for (String w : token.split("\\|")) {
                  if (!w.isEmpty() && !w.equals("~") && !w.endsWith("*")) {
                    words.add(w);
                  }
                }
              }
            })));
    this.matcher = b.build();
    Map<String, Set<String>> frozen = new java.util.HashMap<>();
    general.forEach((lang, words) -> frozen.put(lang, Set.copyOf(words)));
    this.generalWords = Map.copyOf(frozen);
  }

  /**
   * Per language, the whole words of every phrase the lexicon lists: how clients talk ("chciałam",
   * "можно", "szeretnék"), whatever they ask about. A company's knowledge never needs to contain
   * them, so retrieval does not count them against a match.
   */
  public Map<String, Set<String>> generalWords() {
    return generalWords;
  }

  public Reading read(List<String> words) {
    List<PhraseMatcher.Match<Tag>> matches = withoutInner(matcher.findAll(words));
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    Set<String> languages = new java.util.TreeSet<>();
    for (PhraseMatcher.Match<Tag> m : matches) {
      signals.add(m.tag().signal());
      if (!m.tag().signal().isFunctionWords()) {
        languages.add(m.tag().language());
      }
    }
    return new Reading(signals, languages, matches);
  }

  /**
   * A phrase inside a longer one of another meaning is part of it: "czemu nie" (why not) says
   * yes, and its "nie" says no only on its own; "not what I ordered" is a delivery problem, not a no.
   */
  private static List<PhraseMatcher.Match<Tag>> withoutInner(List<PhraseMatcher.Match<Tag>> matches) {
    List<PhraseMatcher.Match<Tag>> out = new ArrayList<>();
    for (PhraseMatcher.Match<Tag> m : matches) {
      boolean inner =
          matches.stream()
              .anyMatch(
                  o ->
                      o.tag().signal() != m.tag().signal()
                          && o.words().size() > m.words().size()
                          && o.words().containsAll(m.words()));
      if (!inner) {
        out.add(m);
      }
    }
    return out;
  }
}
