package io.frontline.llm;

import java.util.Optional;

/** Where a chat's model memory is kept, as text (the store's table, or memory for the console). */
public interface ChatMemoryRows {

  Optional<String> read(long chat);

  void write(long chat, String messages);

  void delete(long chat);

  /** Rows in this process's memory: for {@code frontline chat} and scenario runs. */
  static ChatMemoryRows inMemory() {
    java.util.Map<Long, String> rows = new java.util.concurrent.ConcurrentHashMap<>();
    return new ChatMemoryRows() {
      @Override
      public Optional<String> read(long chat) {
        return Optional.ofNullable(rows.get(chat));
      }

      @Override
      public void write(long chat, String messages) {
        rows.put(chat, messages);
      }

      @Override
      public void delete(long chat) {
        rows.remove(chat);
      }
    };
  }
}
