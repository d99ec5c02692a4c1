package io.frontline.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The card is escaped for Telegram's HTML; the summary without a model comes from the reasons. */
class HandoffCardTest {

  static final Instant T = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void theSummaryFromReasonsSaysWhatWhyAndTheClientsWordsInAtMostThreeLines() {
    String s =
        new ReasonSummarizer()
            .summarize(
                new Summarizer.Input(
                    "delivery-problem", "the client reports a delivery problem; anna is on duty",
                    List.of("answered a price question", "answered a price question", "asked which bottle"),
                    "The bottle   arrived broken\nand leaking", List.of()));
    assertThat(s.lines()).hasSizeBetween(1, 3);
    assertThat(s)
        .startsWith("Delivery problem: the client reports a delivery problem.")
        .contains("Before that the bot: asked which bottle; answered a price question.")
        .contains("Client wrote: \u201cThe bottle arrived broken and leaking\u201d")
        .doesNotContain("on duty");
  }

  @Test
  void everyValueIsEscapedAndThePersonMentioned() {
    HandoffCard card =
        new HandoffCard(
            "<Olga & Co>", Optional.of("olga_k"), "en", T, Optional.of("google"), 2, OptionalInt.of(5), "Anna",
            "<a href=\"tg://user?id=1\">Anna</a>", "customer care", "complaint", "the client complains",
            "<script>alert(1)</script>", "Complaint: cloudy water.", List.of("Anna will reply <soon>"),
            List.of(new HandoffCard.Line(T, "client", "a < b")), 40, ZoneId.of("Europe/Uzhgorod"));
    String html = card.html();
    assertThat(html)
        .contains("&lt;Olga &amp; Co&gt; @olga_k")
        .contains("<a href=\"tg://user?id=1\">Anna</a>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Anna will reply &lt;soon&gt;")
        .contains("2 hand-over(s), 5 order(s)")
        .contains("came via google")
        .doesNotContain("<script>");
    assertThat(card.longerThanInline()).isTrue();
    assertThat(card.transcriptText()).contains("Conversation (last 1 of 40)").contains("10:00 client: a < b");
    assertThat(card.plain()).contains("why: the client complains").contains("summary: Complaint: cloudy water.");
  }
}
