package io.frontline.retrieval;

import io.frontline.text.Fold;
import io.frontline.text.Typos;
import io.frontline.text.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a client's word the way the knowledge writes it, when the knowledge does not know the
 * word as typed: without diacritics ("strzyzenie meskie"), with one typo ("Intensivkur",
 * "коштуе", "pedikure" for "pedicure"). Only the knowledge's own words are targets, so a word is
 * never respelled into something the company did not write.
 *
 * <p>Joining other forms of a stem by a shared beginning ("hybryda" and "hybrydowy") was tried and
 * left out: it also joined unrelated words ("samochodowe" and "samochodem") and made refusals
 * into questions.
 */
final class Respeller {

  /** Shorter words are too easily one typo away from an unrelated word. */
  private static final int TYPO_MIN = 6;

  /** Knowledge words and how often they occur: the more frequent wins a tie. */
  private final Map<String, Integer> counts;
  private final Map<String, String> byFolded;
  private final Map<String, List<String>> byDeletion;

  private Respeller(Map<String, Integer> counts) {
    this.counts = counts;
    this.byFolded = new HashMap<>();
    this.byDeletion = new HashMap<>();
    for (String w : new java.util.TreeSet<>(counts.keySet())) {
      String folded = Fold.latin(w);
      if (!folded.equals(w)) {
        byFolded.merge(folded, w, (a, b) -> counts.get(a) >= counts.get(b) ? a : b);
      }
      if (letters(w) >= TYPO_MIN) {
        byDeletion.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
        for (String d : Typos.deletions(w)) {
          byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
        }
      }
    }
  }

  static Respeller of(Collection<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : texts) {
      for (String w : Words.of(t)) {
        if (isWord(w)) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    return new Respeller(counts);
  }

  /** The text's words, each in the knowledge's spelling where one is close enough. */
  String respell(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Words.of(text)) {
      out.add(isWord(w) && !counts.containsKey(w) ? closest(w) : w);
    }
    return String.join(" ", out);
  }

  private String closest(String w) {
    String folded = byFolded.get(Fold.latin(w));
    if (folded != null) {
      return folded;
    }
    if (counts.containsKey(Fold.latin(w))) {
      return Fold.latin(w);
    }
    if (letters(w) >= TYPO_MIN) {
      String best = null;
      for (String key : withDeletions(w)) {
        for (String v : byDeletion.getOrDefault(key, List.of())) {
          if (v.charAt(0) == w.charAt(0) && Typos.atMostOne(w, v) && (best == null || counts.get(v) > counts.get(best))) {
            best = v;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return w;
  }

  private static boolean isWord(String w) {
    return w.codePoints().allMatch(Character::isLetter) && letters(w) >= 2;
  }

  private static int letters(String w) {
    return w.codePointCount(0, w.length());
  }

  private static List<String> withDeletions(String w) {
    List<String> out = Typos.deletions(w);
    out.add(w);
    return out;
  }
}
