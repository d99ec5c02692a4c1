package io.frontline.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LangChain4j's chat memory on the project's store: messages as LangChain4j's own JSON, one row per
 * chat. Read back sanitized ({@link History#sanitize}); a row that cannot be read is logged and
 * read as empty, so a bad row never stops a chat.
 */
public final class PersistentChatMemoryStore implements ChatMemoryStore {

  private static final Logger LOG = LoggerFactory.getLogger(PersistentChatMemoryStore.class);

  private final ChatMemoryRows rows;

  public PersistentChatMemoryStore(ChatMemoryRows rows) {
    this.rows = rows;
  }

  @Override
  public List<ChatMessage> getMessages(Object memoryId) {
    long chat = chat(memoryId);
    return rows.read(chat)
        .map(
            json -> {
              try {
                return History.sanitize(ChatMessageDeserializer.messagesFromJson(json));
              } catch (RuntimeException e) {
                LOG.warn("chat={} model memory unreadable, starting afresh: {}", chat, e.toString());
                return List.<ChatMessage>of();
              }
            })
        .orElse(List.of());
  }

  @Override
  public void updateMessages(Object memoryId, List<ChatMessage> messages) {
    rows.write(chat(memoryId), ChatMessageSerializer.messagesToJson(messages));
  }

  @Override
  public void deleteMessages(Object memoryId) {
    rows.delete(chat(memoryId));
  }

  private static long chat(Object memoryId) {
    if (memoryId instanceof Number n) {
      return n.longValue();
    }
    return Long.parseLong(String.valueOf(memoryId));
  }
}
