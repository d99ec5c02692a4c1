package io.frontline.decision;

import io.frontline.knowledge.Knowledge;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Hands a conversation to the named person chosen for a topic, telling the client who and when. */
final class Handovers {

  private final Knowledge knowledge;
  private final Replies replies;
  private final StaffRouter router;

  Handovers(Knowledge knowledge, Replies replies, StaffRouter router) {
    this.knowledge = knowledge;
    this.replies = replies;
    this.router = router;
  }

  Decision to(ClientMessage m, String lang, String topic, String reason) {
    StaffRouter.Choice choice = router.choose(topic, lang, m.at(), m.client());
    LocalDateTime now = LocalDateTime.ofInstant(m.at(), knowledge.company().timeZone());
    return new Decision(
        Action.ESCALATE,
        replies.escalate(choice, lang, now),
        lang,
        List.of(),
        Optional.empty(),
        Optional.of(choice.staff().id()),
        Optional.of(topic),
        reason + "; " + choice.staff().id() + (choice.onDuty() ? " is on duty" : " is off duty until " + choice.nextOnDuty()));
  }
}
