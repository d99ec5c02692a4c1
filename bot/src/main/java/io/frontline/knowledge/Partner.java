package io.frontline.knowledge;

import java.util.List;
import java.util.Optional;

/** A business we trust and refer clients to for what we do not do ourselves. */
public record Partner(
    String id,
    LocalizedText name,
    LocalizedList covers,
    LocalizedText description,
    LocalizedText why,
    LocalizedText contact,
    Optional<Long> telegramChatId,
    LocalizedText perk,
    Trust trust,
    List<String> languages) {

  public Partner {
    languages = List.copyOf(languages);
  }

  /** High-trust partners are preferred when several cover a request. */
  public enum Trust {
    HIGH,
    NORMAL
  }
}
