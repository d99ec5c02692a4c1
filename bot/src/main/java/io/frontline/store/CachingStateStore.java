package io.frontline.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.StateStore;
import io.frontline.decision.ConversationState;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
  private final Cache<ChatId, Versioned> cache;
  /**
   * Orders cache refreshes. SQLite serialises write transactions, so the order in which puts
   * happen is the order in which they commit; a refresh that runs late (its thread preempted
   * after commit) must not overwrite a newer state.
   */
  private final AtomicLong versions = new AtomicLong();

  private record Versioned(ConversationState state, long version) {}

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
    Versioned cached = cache.getIfPresent(chat);
    if (cached != null) {
      return cached.state();
    }
    // Loads are not remembered: only committed puts fill the cache, so a read racing a write can
    // never plant an older state. A conversation that is active was put moments ago anyway.
    return delegate.get(chat);
  }

  @Override
  public void put(ChatId chat, ConversationState state) {
    // Forget first: until the write commits, a read goes to the database, which is right both in
    // this transaction (it sees the write) and elsewhere (it sees the committed state).
    cache.invalidate(chat);
    delegate.put(chat, state);
    long version = versions.incrementAndGet();
    db.afterCommit(() -> refresh(chat, state, version));
  }

  private void refresh(ChatId chat, ConversationState state, long version) {
    cache.asMap().merge(chat, new Versioned(state, version), (old, fresh) -> fresh.version() > old.version() ? fresh : old);
  }

  long cachedChats() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
