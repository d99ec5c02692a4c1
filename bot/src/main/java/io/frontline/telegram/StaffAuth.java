package io.frontline.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.frontline.conversation.ChatId;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may act as staff: the people in knowledge/staff.yaml (by Telegram user id), and the
 * administrators of the staff group (asked from Telegram, remembered for a few minutes so a busy
 * topic does not ask on every message). Everyone else is nobody here.
 */
final class StaffAuth {

  private static final Logger LOG = LoggerFactory.getLogger(StaffAuth.class);

  private final Knowledge knowledge;
  private final Optional<ChatId> group;
  private final BotApi api;
  private final Cache<ChatId, Set<Long>> admins;

  StaffAuth(Knowledge knowledge, Optional<ChatId> group, BotApi api, Duration remember) {
    this.knowledge = knowledge;
    this.group = group;
    this.api = api;
    this.admins = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(4).build();
  }

  Optional<StaffMember> listed(long userId) {
    return knowledge.staff().stream().filter(s -> s.telegramUserId() == userId).findFirst();
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
    if (group.isPresent() && group.get().equals(chat) && admins(chat).contains(userId)) {
      return Optional.of("admin:" + userId);
    }
    return Optional.empty();
  }

  private Set<Long> admins(ChatId chat) {
    Set<Long> known = admins.getIfPresent(chat);
    if (known != null) {
      return known;
    }
    try {
      Set<Long> ids = api.administrators(chat);
      admins.put(chat, ids);
      return ids;
    } catch (BotApi.CallFailed e) {
      LOG.warn("staff chat {}: cannot read its administrators ({}); only listed staff count for now", chat.value(), e.getMessage());
      return Set.of();
    }
  }
}
