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

  private final PhraseMatcher<Signal> matcher;

  /** What one message says: the signals found and the words left once some are removed. */
  public record Reading(Set<Signal> signals, List<PhraseMatcher.Match<Signal>> matches) {

    public boolean has(Signal s) {
      return signals.contains(s);
    }

    /** The words not covered by phrases of the given signals. */
    public List<String> wordsWithout(List<String> words, Set<Signal> remove) {
      BitSet covered = new BitSet(words.size());
      for (PhraseMatcher.Match<Signal> m : matches) {
        if (remove.contains(m.tag())) {
          covered.set(m.from(), m.to());
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
    PhraseMatcher.Builder<Signal> b = PhraseMatcher.builder();
    phrases.values().forEach(bySignal -> bySignal.forEach((s, list) -> list.forEach(p -> b.add(s, p))));
    this.matcher = b.build();
  }

  public Reading read(List<String> words) {
    List<PhraseMatcher.Match<Signal>> matches = matcher.findAll(words);
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    matches.forEach(m -> signals.add(m.tag()));
    return new Reading(signals, matches);
  }
}
