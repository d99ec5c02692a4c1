package io.frontline.handoff;

import io.frontline.conversation.ChatId;
import java.util.Optional;

/**
 * Posts a message for staff through the outbox, so nothing is lost: into a client's topic in the
 * staff group (created or reopened as needed), or into the group's General topic; in direct mode
 * (no staff group) into the named person's private chat with the bot. For other parts of the bot
 * (an order card for the named person, a weekly summary); call it inside the store transaction of
 * the change that causes the post.
 */
public interface StaffChannel {

  /**
   * @param client the client it is about: posted in their topic; empty: the group's General topic
   * @param mention the staff id to mention (and, in direct mode, to send to); empty in direct mode
   *     with a client: the client's current owner, without a client: every listed person
   * @param text plain text (escaped on sending)
   * @param dedupKey unique per post: posting the same key again does nothing
   */
  record Post(Optional<ChatId> client, Optional<String> mention, String text, String dedupKey) {}

  void post(Post post);
}
