package io.frontline.handoff;

import java.util.List;

/**
 * Writes the 1-3 line summary at the top of a hand-over card. Without a language model the
 * summary comes from the decision reasons ({@link ReasonSummarizer}); a model-backed engine may
 * implement this to write it from the transcript instead, and must fall back to the reasons when
 * the model fails.
 */
@FunctionalInterface
public interface Summarizer {

  /**
   * What the summary may use.
   *
   * @param topic what the hand-over is for (complaint, refund...)
   * @param reason why the bot handed over
   * @param earlierReasons the reasons of the bot's earlier decisions in this conversation, oldest first
   * @param clientWords the message that led to the hand-over
   * @param transcript the conversation's last messages, as "client: ..." / "bot: ..." lines
   */
  record Input(String topic, String reason, List<String> earlierReasons, String clientWords, List<String> transcript) {
    public Input {
      earlierReasons = List.copyOf(earlierReasons);
      transcript = List.copyOf(transcript);
    }
  }

  /** One to three short lines, plain text. */
  String summarize(Input input);
}
