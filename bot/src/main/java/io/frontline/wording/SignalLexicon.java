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

    /** The words the phrases of {@code s} cover, in message order: "zniżki" of "macie jakieś zniżki?". */
    public List<String> wordsOf(List<String> words, Signal s) {
      BitSet covered = new BitSet(words.size());
      for (PhraseMatcher.Match<Tag> m : matches) {
        if (m.tag().signal() == s) {
          m.words().forEach(covered::set);
        }
      }
      return covered.stream().filter(i -> i < words.size()).mapToObj(words::get).toList();
    }

    /** The words not covered by phrases of the given signals. */
    public List<String> wordsWithout(List<String> words, Set<Signal> remove) {
      BitSet covered = new BitSet(words.size());
      for (PhraseMatcher.Match<Tag> m : matches) {
        if (remove.contains(m.tag().signal())) {
          m.words().forEach(covered::set);
        }
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!covered.get(i)) {
          out.add(words.get(i));
        }
      }
      return out;
    }
  }

  /** @param phrases language -> signal -> phrases */
  public SignalLexicon(Map<String, Map<Signal, List<String>>> phrases) {
    PhraseMatcher.Builder<Tag> b = PhraseMatcher.<Tag>builder().tolerant();
    phrases.forEach(
        (lang, bySignal) ->
            bySignal.forEach((s, list) -> list.forEach(p -> b.add(new Tag(s, lang), p))));
    this.matcher = b.build();
  }

  public Reading read(List<String> words) {
    List<PhraseMatcher.Match<Tag>> matches = withoutInner(matcher.findAll(words));
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    Set<String> languages = new java.util.TreeSet<>();
    for (PhraseMatcher.Match<Tag> m : matches) {
      signals.add(m.tag().signal());
      languages.add(m.tag().language());
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
