package io.frontline.handoff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A summary is never missing: when a model-backed summarizer fails or says nothing, the reasons speak. */
public final class Summaries {

  private static final Logger LOG = LoggerFactory.getLogger(Summaries.class);
  private static final ReasonSummarizer REASONS = new ReasonSummarizer();
  private static final int MAX_LINES = 3;
  private static final int MAX_CHARS = 600;

  private Summaries() {}

  /** {@code summarizer}'s summary cut to three lines, or the one from the decision reasons. */
  public static String safely(Summarizer summarizer, Summarizer.Input input) {
    try {
      String s = summarizer.summarize(input);
      if (s != null && !s.isBlank()) {
        String lines = String.join("\n", s.strip().lines().filter(l -> !l.isBlank()).limit(MAX_LINES).toList());
        return lines.length() > MAX_CHARS ? lines.substring(0, MAX_CHARS) + "…" : lines;
      }
      LOG.warn("the summarizer said nothing; the summary comes from the decision reasons");
    } catch (RuntimeException e) {
      LOG.warn("the summarizer failed ({}); the summary comes from the decision reasons", e.toString());
    }
    return REASONS.summarize(input);
  }
}
