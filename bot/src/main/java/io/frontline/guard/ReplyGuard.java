package io.frontline.guard;

import io.frontline.decision.Decision;

/** A rule every outgoing reply must keep, whichever engine wrote it. */
public interface ReplyGuard {

  Verdict check(Decision decision);
}
