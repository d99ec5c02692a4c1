package io.frontline.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;

/**
 * The memory LangChain4j works on during a turn: the chat's history as loaded when the turn
 * began, plus this turn's tool calls and drafts. Nothing reaches the persistent store until the
 * turn is settled with what the client was actually sent, so a refused draft, a timed-out call or
 * a crash mid-turn never becomes part of what the model remembers.
 */
final class TurnMemoryStore implements ChatMemoryStore {

  private final Turns turns;

  TurnMemoryStore(Turns turns) {
    this.turns = turns;
  }

  @Override
  public List<ChatMessage> getMessages(Object memoryId) {
    Turn t = turns.find(memoryId);
    return t == null ? List.of() : t.memory;
  }

  @Override
  public void updateMessages(Object memoryId, List<ChatMessage> messages) {
    Turn t = turns.find(memoryId);
    if (t != null && !t.abandoned.get()) {
      t.memory = List.copyOf(messages);
    }
  }

  @Override
  public void deleteMessages(Object memoryId) {
    Turn t = turns.find(memoryId);
    if (t != null) {
      t.memory = List.of();
    }
  }
}
