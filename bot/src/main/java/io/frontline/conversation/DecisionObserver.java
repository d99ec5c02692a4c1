package io.frontline.conversation;

import io.frontline.decision.Decision;
import java.time.Duration;

/**
 * Told of every decision a conversation sends, after the guards: how metrics see the bot without
 * the conversation knowing about metrics. Must be quick and must not throw.
 */
@FunctionalInterface
public interface DecisionObserver {

  DecisionObserver NONE = (chat, decision, took) -> {};

  void decided(ChatId chat, Decision decision, Duration took);
}
