package io.frontline.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Among people equally fit for a hand-over, the least busy gets it; the key client's manager stays first. */
class StaffLoadTest {

  static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.load(Path.of("../knowledge")).orThrow();
  }

  /** Tuesday 12:00 company time: Anna and Zsófia (complaints, English) are both on duty. */
  static final Instant NOON =
      ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneId.of("Europe/Uzhgorod")).toInstant();

  static final ClientInfo CLIENT = new ClientInfo(Optional.of(7001L), Optional.empty(), Optional.of("Olga"), Optional.of("en"));

  private static StaffRouter.Choice choose(Map<String, Integer> open, String topic, String lang, Instant at, ClientInfo c) {
    return new StaffRouter(knowledge, s -> open.getOrDefault(s, 0)).choose(topic, lang, at, c);
  }

  @Test
  void withNoLoadTheFirstListedKeepsIt() {
    assertThat(choose(Map.of(), "complaint", "en", NOON, CLIENT).staff().id()).isEqualTo("anna");
  }

  @Test
  void aBusierFirstChoiceGivesWayToAnEquallyFitColleague() {
    assertThat(choose(Map.of("anna", 3, "zsofia", 1), "complaint", "en", NOON, CLIENT).staff().id()).isEqualTo("zsofia");
    assertThat(choose(Map.of("anna", 1, "zsofia", 1), "complaint", "en", NOON, CLIENT).staff().id())
        .as("a tie keeps the company's order").isEqualTo("anna");
  }

  @Test
  void loadNeverOverridesLanguageOrHours() {
    // Russian: Zsófia does not speak it, so Anna keeps it however busy she is.
    assertThat(choose(Map.of("anna", 9), "complaint", "ru", NOON, CLIENT).staff().id()).isEqualTo("anna");
    // 10:00: Zsófia starts at 11:00, so a busy Anna still gets it.
    Instant ten = NOON.minusSeconds(2 * 3600);
    assertThat(choose(Map.of("anna", 9), "complaint", "en", ten, CLIENT).staff().id()).isEqualTo("anna");
  }

  @Test
  void aKeyClientsManagerComesFirstWhateverTheLoad() {
    ClientInfo hotel = new ClientInfo(Optional.of(200000001L), Optional.empty(), Optional.of("Hotel"), Optional.of("en"));
    assertThat(choose(Map.of("oleh", 20), "complaint", "en", NOON, hotel).staff().id()).isEqualTo("oleh");
  }
}
