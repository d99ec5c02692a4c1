package io.frontline.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Frontline;
import io.frontline.knowledge.KnowledgeFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When two partners cover a request alike, the one we trust most is recommended. */
class PartnerChoiceTest {

  private static final String TWO_REPAIRERS =
      """
      partners:
        - id: quick-fix
          name: QuickFix
          covers:
            en: [cooler repair, water dispenser repair]
          description: "Repairs water coolers."
          why: "New in town."
          contact: "+380 31 000 0001"
          trust: normal
          languages: [en]
        - id: cooler-service
          name: CoolFix
          covers:
            en: [cooler repair, water dispenser repair]
          description: "Repairs water coolers."
          why: "We have sent our own coolers to them for six years."
          contact: "+380 31 000 0002"
          trust: high
          languages: [en]
      """;

  @Test
  void theMostTrustedPartnerWinsADraw(@TempDir Path dir) {
    Path knowledge = KnowledgeFixture.in(dir).put("partners.yaml", TWO_REPAIRERS).write();
    Frontline frontline = Frontline.load(knowledge, Optional.of(Path.of("../prompts")));
    Decision d =
        frontline
            .engine()
            .decide(
                new ClientMessage("I need a cooler repair", ClientInfo.ANONYMOUS, Instant.parse("2026-11-24T09:00:00Z")),
                ConversationState.NEW);
    assertThat(d.action()).isEqualTo(Action.REFER);
    assertThat(d.partner()).contains("cooler-service");

    // The same draw with the trust swapped goes the other way: trust decides, not list order.
    Path swapped =
        KnowledgeFixture.in(dir.resolve("swapped"))
            .put("partners.yaml", TWO_REPAIRERS.replace("trust: normal", "trust: TMP").replace("trust: high", "trust: normal").replace("trust: TMP", "trust: high"))
            .write();
    Decision other =
        Frontline.load(swapped, Optional.of(Path.of("../prompts")))
            .engine()
            .decide(
                new ClientMessage("I need a cooler repair", ClientInfo.ANONYMOUS, Instant.parse("2026-11-24T09:00:00Z")),
                ConversationState.NEW);
    assertThat(other.partner()).contains("quick-fix");
  }
}
