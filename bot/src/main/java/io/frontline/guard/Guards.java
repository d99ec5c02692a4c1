package io.frontline.guard;

import io.frontline.decision.Decision;
import java.util.List;

/** All guards in order; a reply passes when every one lets it through. */
public final class Guards implements ReplyGuard {

  private final List<ReplyGuard> guards;

  public Guards(List<ReplyGuard> guards) {
    this.guards = List.copyOf(guards);
  }

  @Override
  public Verdict check(Decision decision) {
    for (ReplyGuard g : guards) {
      Verdict v = g.check(decision);
      if (!v.passed()) {
        return v;
      }
    }
    return Verdict.PASS;
  }
}
