package io.frontline.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.conversation.ChatId;
import io.frontline.store.FailedMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTextTest {

  static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void clientsWhoBlockedTheBotAreCountedApartAndTheRestAreListed() {
    String text = DeliveryText.of(
        List.of(
            new FailedMessage(new ChatId(1), "text", "[403] Forbidden: bot was blocked by the user", AT),
            new FailedMessage(new ChatId(2), "text", "the client blocked the bot", AT),
            new FailedMessage(new ChatId(3), "text", "cannot be sent: java.lang.IllegalArgumentException: bad\npayload (5 attempts)", AT)),
        4);
    assertThat(text)
        .contains("messages not delivered: 3 (to clients who blocked the bot: 2; other: 1)")
        .contains("  chat 3, text, 2026-12-01T10:00:00Z: cannot be sent: java.lang.IllegalArgumentException: bad payload (5 attempts)")
        .doesNotContain("chat 1,")
        .contains("updates rejected as unreadable: 4");
  }
}
