package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.util.List;

/** The conversation as it happened: what the client wrote, what the bot and people answered. */
public interface Transcript {

  void append(TranscriptEntry entry);

  /** The chat's last {@code n} messages, oldest first. */
  List<TranscriptEntry> last(ChatId chat, int n);
}
