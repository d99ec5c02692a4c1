package io.frontline.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.StateStore;
import io.frontline.decision.ConversationState;
import java.time.Duration;

/**
 * Hot conversation state in memory in front of the database: bounded in size, each chat forgotten
 * {@code idle} after its last use. Writes go to the database first; the memory copy is replaced
 * only when the write commits, so a rolled-back transaction never leaves a state the database does
 * not have. Only for a database that one bot instance uses (SQLite): it does not see what another
 * instance writes.
 */
final class CachingStateStore implements StateStore {

  private final StateStore delegate;
  private final Database db;
  private final Cache<ChatId, ConversationState> cache;

  CachingStateStore(StateStore delegate, Database db, long maxChats, Duration idle) {
    this(delegate, db, maxChats, idle, Ticker.systemTicker());
  }

  CachingStateStore(StateStore delegate, Database db, long maxChats, Duration idle, Ticker ticker) {
    this.delegate = delegate;
    this.db = db;
    this.cache =
        Caffeine.newBuilder().maximumSize(maxChats).expireAfterAccess(idle).ticker(ticker).build();
  }

  @Override
  public ConversationState get(ChatId chat) {
    ConversationState cached = cache.getIfPresent(chat);
    if (cached != null) {
      return cached;
    }
    ConversationState loaded = delegate.get(chat);
    // Inside a transaction the database may show this transaction's own uncommitted write: keep it
    // only once that commits. A newer state put meanwhile wins.
    db.afterCommit(() -> cache.asMap().putIfAbsent(chat, loaded));
    return loaded;
  }

  @Override
  public void put(ChatId chat, ConversationState state) {
    // Forget first: until the write commits, a read in this transaction goes to the database
    // (and sees the write); a read elsewhere sees the committed state.
    cache.invalidate(chat);
    delegate.put(chat, state);
    db.afterCommit(() -> cache.put(chat, state));
  }

  long cachedChats() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
