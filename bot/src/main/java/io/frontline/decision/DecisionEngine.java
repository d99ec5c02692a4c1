package io.frontline.decision;

/**
 * Decides what to do with one client message. Both the deterministic engine and the LLM engine
 * implement this; everything around them (guards, outbox, statistics) works on {@link Decision}s
 * and cannot tell them apart.
 */
public interface DecisionEngine {

  Decision decide(ClientMessage message, ConversationState state);
}
