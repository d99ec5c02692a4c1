package io.frontline.text;

/** Whether two words differ by at most one typo: a letter missing, extra or wrong, or two swapped. */
public final class Typos {

  private Typos() {}

  public static boolean atMostOne(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      // One letter wrong, or two neighbours swapped.
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  /** The word with each one of its letters left out: the keys of a one-typo lookup. */
  public static java.util.List<String> deletions(String w) {
    java.util.List<String> out = new java.util.ArrayList<>(w.length() + 1);
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }
}
