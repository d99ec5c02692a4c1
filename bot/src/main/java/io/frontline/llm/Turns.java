package io.frontline.llm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The turn each chat is in, for the tools and the memory (both are called with the chat's id). */
final class Turns {

  private final Map<Object, Turn> active = new ConcurrentHashMap<>();

  void begin(Turn turn) {
    active.put(turn.chat, turn);
  }

  void end(Turn turn) {
    active.remove(turn.chat, turn);
  }

  /**
   * @throws IllegalStateException no turn is in progress, or it was abandoned at the deadline: the
   *     tool call fails and the model's late work is thrown away
   */
  Turn active(Object chat) {
    Turn t = active.get(key(chat));
    if (t == null || t.abandoned.get()) {
      throw new IllegalStateException("no turn in progress for this chat");
    }
    return t;
  }

  Turn find(Object chat) {
    return active.get(key(chat));
  }

  private static Object key(Object chat) {
    return chat instanceof Number n ? (Object) n.longValue() : chat;
  }
}
