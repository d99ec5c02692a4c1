package io.frontline.conversation;

import io.frontline.decision.Decision;

/** A reply on its way to a client: where, what, and the decision it carries out. */
public record Outgoing(ChatId chat, String text, Decision decision) {}
