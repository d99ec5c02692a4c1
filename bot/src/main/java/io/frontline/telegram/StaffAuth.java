package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may act as staff: the people in knowledge/staff.yaml (by Telegram user id), and the
 * administrators of the staff group, asked from Telegram and remembered for {@code remember}, so a
 * busy topic does not ask on every message. Someone not among the remembered admins makes the bot
 * ask again, at most once per {@link #RECHECK}: a newly promoted admin is heard within a minute,
 * and a stranger writing a lot costs one call a minute.
 */
final class StaffAuth {

  private static final Logger LOG = LoggerFactory.getLogger(StaffAuth.class);
  static final Duration RECHECK = Duration.ofMinutes(1);

  private record Admins(Set<Long> ids, Instant asked) {}

  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final Optional<ChatId> group;
  private final BotApi api;
  private final Duration remember;
  private final Clock clock;
  private volatile Admins admins;

  StaffAuth(Supplier<Knowledge> knowledge, Optional<ChatId> group, BotApi api, Duration remember, Clock clock) {
    this.knowledgeNow = knowledge;
    this.group = group;
    this.api = api;
    this.remember = remember;
    this.clock = clock;
  }

  Optional<StaffMember> listed(long userId) {
    return knowledgeNow.get().staff().stream().filter(s -> s.telegramUserId() == userId).findFirst();
  }

  /**
   * The staff id (or {@code admin:<user id>} for a group admin not on the list) of {@code userId}
   * writing in {@code chat}; empty for anyone else. May call Telegram: use outside transactions.
   */
  Optional<String> who(long userId, ChatId chat) {
    Optional<StaffMember> s = listed(userId);
    if (s.isPresent()) {
      return Optional.of(s.get().id());
    }
    if (group.isPresent() && group.get().equals(chat) && isAdmin(userId, chat)) {
      return Optional.of("admin:" + userId);
    }
    return Optional.empty();
  }

  private synchronized boolean isAdmin(long userId, ChatId chat) {
    Instant now = clock.instant();
    Admins known = admins;
    boolean stale = known == null || now.isAfter(known.asked().plus(remember));
    boolean recheck = known != null && !known.ids().contains(userId) && now.isAfter(known.asked().plus(RECHECK));
    if (stale || recheck) {
      try {
        known = new Admins(api.administrators(chat), now);
        admins = known;
      } catch (BotApi.CallFailed e) {
        LOG.warn("staff chat {}: cannot read its administrators ({}); only listed staff count for now", chat.value(), e.getMessage());
        if (known == null) {
          return false;
        }
      }
    }
    return known.ids().contains(userId);
  }
}
