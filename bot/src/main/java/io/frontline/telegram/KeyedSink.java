package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.Direction;
import io.frontline.store.OutboxMessage;
import io.frontline.store.OutboxStore;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Sink} whose messages are keyed {@code <prefix>:<n>}: an update's replies
 * ({@code update:<id>}, see {@link OutboxMessage#dedupKey}) and work that is not an update (a
 * timer, another part of the bot).
 */
final class KeyedSink implements Sink {

  private final OutboxStore outbox;
  private final Transcript transcript;
  private final Clock clock;
  private final String prefix;
  private final Optional<Long> updateId;
  private int n;

  KeyedSink(OutboxStore outbox, Transcript transcript, Clock clock, String prefix) {
    this(outbox, transcript, clock, prefix, Optional.empty());
  }

  /** The sink of one update's replies: keys {@code update:<id>:<n>}, transcript rows carry the id. */
  static KeyedSink forUpdate(OutboxStore outbox, Transcript transcript, Clock clock, long updateId) {
    return new KeyedSink(outbox, transcript, clock, OutboxMessage.updateKeyPrefix(updateId), Optional.of(updateId));
  }

  private KeyedSink(OutboxStore outbox, Transcript transcript, Clock clock, String prefix, Optional<Long> updateId) {
    this.outbox = outbox;
    this.transcript = transcript;
    this.clock = clock;
    this.prefix = prefix;
    this.updateId = updateId;
  }

  @Override
  public String nextKey() {
    return prefix + ":" + n;
  }

  @Override
  public void enqueue(OutboxMessage message) {
    outbox.enqueue(message);
    n++;
  }

  @Override
  public void say(ChatId client, String text) {
    text(client, text, List.of(), true);
  }

  /**
   * A text split to Telegram's length, with {@code buttons} under the last part, where the reader
   * finishes; in the transcript when {@code transcribed} (a client's conversation, not a partner's
   * or the staff's chat).
   */
  void text(ChatId chat, String text, List<List<OutboxPayload.Button>> buttons, boolean transcribed) {
    List<String> parts = Html.split(text, Html.MAX_MESSAGE);
    for (int i = 0; i < parts.size(); i++) {
      List<List<OutboxPayload.Button>> b = i == parts.size() - 1 ? buttons : List.of();
      enqueue(OutboxPayload.text(chat, new OutboxPayload.Text(parts.get(i), b), nextKey()));
    }
    if (transcribed) {
      transcript.append(new TranscriptEntry(chat, Direction.OUT, text, Optional.empty(), clock.instant(), updateId, Optional.empty()));
    }
  }

  int count() {
    return n;
  }
}
