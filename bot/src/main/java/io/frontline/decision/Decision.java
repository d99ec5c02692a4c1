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
 * @param request the client's request as the engine read it (courtesy words removed); empty when
 *     there was none. Follow-ups are read in its light, and unanswered ones show what the
 *     knowledge is missing.
 */
public record Decision(
    Action action,
    String reply,
    String language,
    List<String> knowledgeIds,
    Optional<String> partner,
    Optional<String> staff,
    Optional<String> topic,
    String reason,
    String request) {

  public Decision {
    knowledgeIds = List.copyOf(knowledgeIds);
  }

  /** A decision that reads no request (courtesy, hand-overs). */
  public Decision(
      Action action,
      String reply,
      String language,
      List<String> knowledgeIds,
      Optional<String> partner,
      Optional<String> staff,
      Optional<String> topic,
      String reason) {
    this(action, reply, language, knowledgeIds, partner, staff, topic, reason, "");
  }

  public Decision withReply(String newReply) {
    return new Decision(action, newReply, language, knowledgeIds, partner, staff, topic, reason, request);
  }

  public Decision withRequest(String newRequest) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, reason, newRequest);
  }
}
