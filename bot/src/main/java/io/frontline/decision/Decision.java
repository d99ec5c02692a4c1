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
 * @param contactSource how the client heard of us, when this message told us
 * @param asksSource whether the reply asks how the client heard of us
 * @param warmLead a request to pass to a partner: offered (the transport shows a button), or
 *     agreed (the transport sends the partner the note)
 * @param aftercare the order being taken or placed, a problem with a past order, a suggestion made
 *     or answered: what the caller records besides the reply
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
    String request,
    Optional<String> contactSource,
    boolean asksSource,
    Optional<WarmLead> warmLead,
    Aftercare aftercare) {

  public Decision {
    knowledgeIds = List.copyOf(knowledgeIds);
    // Decisions logged by older versions have no aftercare.
    aftercare = aftercare == null ? Aftercare.NONE : aftercare;
  }

  /** A decision with everything but aftercare. */
  public Decision(
      Action action,
      String reply,
      String language,
      List<String> knowledgeIds,
      Optional<String> partner,
      Optional<String> staff,
      Optional<String> topic,
      String reason,
      String request,
      Optional<String> contactSource,
      boolean asksSource,
      Optional<WarmLead> warmLead) {
    this(action, reply, language, knowledgeIds, partner, staff, topic, reason, request, contactSource, asksSource, warmLead, Aftercare.NONE);
  }

  /** A decision with no request read, no contact source and no lead. */
  public Decision(
      Action action,
      String reply,
      String language,
      List<String> knowledgeIds,
      Optional<String> partner,
      Optional<String> staff,
      Optional<String> topic,
      String reason) {
    this(action, reply, language, knowledgeIds, partner, staff, topic, reason, "", Optional.empty(), false, Optional.empty(), Aftercare.NONE);
  }

  public Decision withReply(String newReply) {
    return new Decision(action, newReply, language, knowledgeIds, partner, staff, topic, reason, request, contactSource, asksSource, warmLead, aftercare);
  }

  public Decision withRequest(String newRequest) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, reason, newRequest, contactSource, asksSource, warmLead, aftercare);
  }

  public Decision withContactSource(String source) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, reason, request, Optional.of(source), asksSource, warmLead, aftercare);
  }

  /** The reply with the question how the client heard of us appended. */
  public Decision askingSource(String question) {
    return new Decision(action, reply + "\n\n" + question, language, knowledgeIds, partner, staff, topic, reason, request, contactSource, true, warmLead, aftercare);
  }

  public Decision withWarmLead(WarmLead lead) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, reason, request, contactSource, asksSource, Optional.of(lead), aftercare);
  }

  public Decision withReason(String newReason) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, newReason, request, contactSource, asksSource, warmLead, aftercare);
  }

  public Decision withAftercare(Aftercare a) {
    return new Decision(action, reply, language, knowledgeIds, partner, staff, topic, reason, request, contactSource, asksSource, warmLead, a);
  }
}
