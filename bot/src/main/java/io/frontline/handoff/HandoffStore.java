package io.frontline.handoff;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-overs and the staff group's topics, kept in the bot's database. Calls made inside the
 * store's transaction join it, so a hand-over opens together with the reply that announces it.
 */
public interface HandoffStore {

  /**
   * Opens a hand-over for {@code client}; an open one is closed first (a client has one at a time).
   *
   * @return the new hand-over, stage {@link Stage#WAITING}
   */
  Handoff open(ChatId client, String staff, String topic, String reason, String language, Instant at, Optional<Instant> due);

  /** The client's open hand-over, if any. */
  Optional<Handoff> active(ChatId client);

  /** Another person owns it now; the stage and the timer start again. */
  void reassign(long id, String staff, Stage stage, Optional<Instant> due);

  /** The stage changes (a reminder was sent, the backup brought in...) and the timer with it. */
  void advance(long id, Stage stage, Optional<Instant> due);

  /** A person answered the client: no more timers. */
  void answered(long id, Instant at);

  /** The client was told, while waiting, that a person has the chat. */
  void acked(long id, Instant at);

  /** Handed back to the bot. */
  void close(long id, Instant at);

  /** Open hand-overs whose timer has come ({@code due <= now}), earliest first. */
  List<Handoff> due(Instant now, int limit);

  /** Open hand-overs per person: the load the choice of a person weighs. */
  Map<String, Integer> openByStaff();

  /** Every hand-over of this client, open or closed. */
  int count(ChatId client);

  /** The forum topic of a client in the staff group, if one was created. */
  Optional<StaffTopic> topic(ChatId client);

  /** Records (or replaces) the client's topic. */
  void saveTopic(StaffTopic topic);

  /** The client whose topic this is. */
  Optional<ChatId> clientOfTopic(long staffChat, long threadId);
}
