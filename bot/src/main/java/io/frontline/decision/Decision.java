package io.frontline.decision;

import java.util.List;
import java.util.Optional;

/**
 * What the bot does with one client message, and why.
 *
 * @param reply the text to send, in {@code language}
 * @param knowledgeIds the knowledge entries every fact in the reply comes from
 * @param topic what a clarification asks about, or what a hand-over is for
 * @param reason why this decision, for logs, statistics and the person who takes over
 */
public record Decision(
    Action action,
    String reply,
    String language,
    List<String> knowledgeIds,
    Optional<String> partner,
    Optional<String> staff,
    Optional<String> topic,
    String reason) {

  public Decision {
    knowledgeIds = List.copyOf(knowledgeIds);
  }

  public Decision withReply(String newReply) {
    return new Decision(action, newReply, language, knowledgeIds, partner, staff, topic, reason);
  }
}
