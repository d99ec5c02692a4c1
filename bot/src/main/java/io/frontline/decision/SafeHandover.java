package io.frontline.decision;

import io.frontline.knowledge.Knowledge;
import io.frontline.wording.Phrasebook;

/**
 * What the bot says when a reply was refused by a guard and nothing better is at hand: a named
 * person takes over. The client is never left with silence or a reply that breaks the rules.
 */
public final class SafeHandover {

  private final Handovers handovers;

  public SafeHandover(Knowledge knowledge, Phrasebook phrases) {
    this(knowledge, phrases, StaffLoad.NONE);
  }

  public SafeHandover(Knowledge knowledge, Phrasebook phrases, StaffLoad load) {
    this.handovers = new Handovers(knowledge, new Replies(knowledge, phrases), new StaffRouter(knowledge, load));
  }

  public Decision instead(ClientMessage message, Decision refused, String why) {
    return handovers.to(message, refused.language(), "general", "reply refused (" + why + ")");
  }
}
