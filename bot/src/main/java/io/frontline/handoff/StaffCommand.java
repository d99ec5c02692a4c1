package io.frontline.handoff;

import io.frontline.conversation.ChatId;
import java.util.Optional;

/**
 * A command staff may give in the staff group (or, in direct mode, in their private chat with the
 * bot), besides the built-in /note, /assign, /done and /who: e.g. {@code /reload}. Only listed staff
 * and admins of the staff group reach it. Register it with the Telegram bot's builder.
 */
public interface StaffCommand {

  /** The command without the slash, lower case: "reload". */
  String name();

  /** One line for /help. */
  String help();

  /**
   * Runs the command (inside the update's store transaction: keep it short, no network calls).
   *
   * @return what to answer, plain text, posted where the command was written; empty: nothing
   */
  Optional<String> run(Request request);

  /**
   * @param staff the listed person's id, or {@code admin:<telegram user id>} for a group admin
   * @param args what follows the command
   * @param client the client whose topic (or, in direct mode, whose message replied to) it was written in
   */
  record Request(String staff, String args, Optional<ChatId> client) {}
}
