package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.OutboxStore;
import java.util.List;

/**
 * Messages the bot posts on its own, not as a reply to a client: the weekly summary and the
 * knowledge-reload notices in the staff group. They go through the outbox like every reply, so
 * they keep Telegram's limits, survive a restart and are sent once: a dedup key posted before is
 * not posted again, whichever instance tries.
 */
public final class Posts {

  /** Telegram's limit for a photo's caption. */
  public static final int MAX_CAPTION = 1_024;

  private final OutboxStore outbox;
  private final Runnable wake;

  Posts(OutboxStore outbox, Runnable wake) {
    this.outbox = outbox;
    this.wake = wake;
  }

  /**
   * Posts {@code text} to {@code chat} (long texts are split as replies are).
   *
   * @return false when {@code dedupKey} was posted before: nothing is sent again
   */
  public boolean text(ChatId chat, String text, String dedupKey) {
    return enqueued(outbox.enqueue(OutboxPayload.text(chat, new OutboxPayload.Text(text, List.of()), dedupKey)));
  }

  /**
   * Posts a PNG picture with a caption (cut to {@link #MAX_CAPTION}).
   *
   * @return false when {@code dedupKey} was posted before: nothing is sent again
   */
  public boolean photo(ChatId chat, byte[] png, String caption, String dedupKey) {
    String c = caption.length() > MAX_CAPTION ? caption.substring(0, MAX_CAPTION - 1) + "…" : caption;
    return enqueued(outbox.enqueue(OutboxPayload.photo(chat, new OutboxPayload.Photo(c, png), dedupKey)));
  }

  private boolean enqueued(boolean added) {
    if (added) {
      wake.run();
    }
    return added;
  }
}
