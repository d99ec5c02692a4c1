package io.frontline.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.decision.ConversationState;
import java.time.Duration;

/**
 * Conversation state in memory, bounded in size and age so a busy bot cannot run out of memory.
 * A conversation idle for longer than {@code idle} starts afresh, which is also what a client
 * returning days later expects.
 */
public final class CachedStateStore implements StateStore {

  private final Cache<ChatId, ConversationState> cache;

  public CachedStateStore(long maxChats, Duration idle) {
    this.cache = Caffeine.newBuilder().maximumSize(maxChats).expireAfterAccess(idle).build();
  }

  @Override
  public ConversationState get(ChatId chat) {
    ConversationState s = cache.getIfPresent(chat);
    return s == null ? ConversationState.NEW : s;
  }

  @Override
  public void put(ChatId chat, ConversationState state) {
    cache.put(chat, state);
  }
}
