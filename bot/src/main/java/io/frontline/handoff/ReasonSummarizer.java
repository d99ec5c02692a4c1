package io.frontline.handoff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The summary without a language model: what the hand-over is for and why (from the decision's
 * reason), what the bot did before (the distinct reasons of its last decisions), and the start of
 * the client's own words. Deterministic, so the card of a test run is always the same.
 */
public final class ReasonSummarizer implements Summarizer {

  private static final int WORDS = 160;

  @Override
  public String summarize(Input in) {
    List<String> lines = new ArrayList<>();
    lines.add(capitalize(in.topic().replace('-', ' ')) + ": " + withoutDuty(in.reason()) + ".");
    Set<String> before = new LinkedHashSet<>();
    for (int i = in.earlierReasons().size() - 1; i >= 0 && before.size() < 2; i--) {
      String r = withoutDuty(in.earlierReasons().get(i));
      if (!r.isBlank() && !r.equals(withoutDuty(in.reason()))) {
        before.add(r);
      }
    }
    if (!before.isEmpty()) {
      lines.add("Before that the bot: " + String.join("; ", before) + ".");
    }
    String words = in.clientWords().strip().replaceAll("\\s+", " ");
    if (!words.isEmpty()) {
      lines.add("Client wrote: \u201c" + (words.length() > WORDS ? words.substring(0, WORDS) + "…" : words) + "\u201d");
    }
    return String.join("\n", lines);
  }

  /**
   * "…; anna is on duty" and "…; words: \"жалоб*\"" (the lexicon phrase that decided) are for the
   * log: the card says who and when elsewhere, and shows the client's own words.
   */
  private static String withoutDuty(String reason) {
    String r = reason.strip().replaceAll("; words: \"[^\"]*\"", "");
    int cut = r.lastIndexOf("; ");
    if (cut > 0 && (r.endsWith(" is on duty") || r.substring(cut).contains(" is off duty until "))) {
      r = r.substring(0, cut);
    }
    return r;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
