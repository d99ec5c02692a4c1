package io.frontline.decision;

import io.frontline.knowledge.Knowledge;
import io.frontline.wording.Phrasebook;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says when a reply was refused by a guard and nothing better is at hand: a named
 * person takes over. The client is never left with silence or a reply that breaks the rules.
 */
public final class SafeHandover {

  private final Knowledge knowledge;
  private final Replies replies;
  private final StaffRouter router;

  public SafeHandover(Knowledge knowledge, Phrasebook phrases) {
    this.knowledge = knowledge;
    this.replies = new Replies(knowledge, phrases);
    this.router = new StaffRouter(knowledge);
  }

  public Decision instead(ClientMessage message, Decision refused, String why) {
    String lang = refused.language();
    StaffRouter.Choice choice = router.choose("general", lang, message.at(), message.client());
    LocalDateTime now = LocalDateTime.ofInstant(message.at(), knowledge.company().timeZone());
    return new Decision(
        Action.ESCALATE,
        replies.escalate(choice, lang, now),
        lang,
        List.of(),
        Optional.empty(),
        Optional.of(choice.staff().id()),
        Optional.of("general"),
        "reply refused (" + why + "); " + choice.staff().id() + " takes over");
  }
}
