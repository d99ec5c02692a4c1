package io.frontline.conversation;

import io.frontline.decision.ConversationState;

/** Keeps each chat's conversation state between messages. */
public interface StateStore {

  ConversationState get(ChatId chat);

  void put(ChatId chat, ConversationState state);
}
