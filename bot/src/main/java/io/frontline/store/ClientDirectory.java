package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.decision.ClientInfo;
import java.time.Instant;
import java.util.Optional;

/** Who writes to the bot. */
public interface ClientDirectory {

  /**
   * Notes that the client wrote at {@code at}: adds them the first time, then refreshes what
   * Telegram tells about them (a field Telegram leaves out keeps its stored value).
   */
  void seen(ChatId chat, ClientInfo info, Instant at);

  /** The client blocked (or unblocked) the bot. No effect for a client never {@linkplain #seen seen}. */
  void setBlocked(ChatId chat, boolean blocked);

  /**
   * Records where the client came from, unless a source is recorded already: the first one stays.
   *
   * @return true if recorded; false if the client already had one or was never seen
   */
  boolean recordContactSource(ChatId chat, String source);

  /**
   * Remembers the language the client chose ({@code /language}) beyond the conversation. No effect
   * for a client never {@linkplain #seen seen}.
   */
  void chooseLanguage(ChatId chat, String language);

  Optional<Client> find(ChatId chat);
}
