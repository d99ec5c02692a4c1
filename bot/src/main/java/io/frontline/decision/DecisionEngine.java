package io.frontline.decision;

/**
 * Decides what to do with one client message. Both the deterministic engine and the LLM engine
 * implement this; everything around them (guards, outbox, statistics) works on {@link Decision}s
 * and cannot tell them apart.
 */
public interface DecisionEngine {

  Decision decide(ClientMessage message, ConversationState state);

  /**
   * The same, for a message in a known chat: an engine that remembers more than the
   * {@link ConversationState} (the LLM engine keeps the model's memory per chat) needs to know
   * which. Engines that do not, ignore it.
   */
  default Decision decide(long chat, ClientMessage message, ConversationState state) {
    return decide(message, state);
  }
}
