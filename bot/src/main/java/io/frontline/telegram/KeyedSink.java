package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.Direction;
import io.frontline.store.OutboxMessage;
import io.frontline.store.OutboxStore;
import io.frontline.store.Transcript;
import io.frontline.store.TranscriptEntry;
import java.time.Clock;
import java.util.Optional;

/** A {@link Sink} for work that is not an update (a timer, another part of the bot): keys {@code <prefix>:<n>}. */
final class KeyedSink implements Sink {

  private final OutboxStore outbox;
  private final Transcript transcript;
  private final Clock clock;
  private final String prefix;
  private int n;

  KeyedSink(OutboxStore outbox, Transcript transcript, Clock clock, String prefix) {
    this.outbox = outbox;
    this.transcript = transcript;
    this.clock = clock;
    this.prefix = prefix;
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
    for (String part : Html.split(text, Html.MAX_MESSAGE)) {
      enqueue(OutboxPayload.text(client, new OutboxPayload.Text(part, java.util.List.of()), nextKey()));
    }
    transcript.append(new TranscriptEntry(client, Direction.OUT, text, Optional.empty(), clock.instant(), Optional.empty()));
  }

  int count() {
    return n;
  }
}
