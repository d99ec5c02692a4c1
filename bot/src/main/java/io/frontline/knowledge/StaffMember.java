package io.frontline.knowledge;

import java.util.List;
import java.util.Optional;

/** A named person who takes over a conversation. */
public record StaffMember(
    String id,
    LocalizedText name,
    LocalizedText role,
    long telegramUserId,
    Optional<String> username,
    List<String> topics,
    List<String> languages,
    WorkingHours hours,
    Optional<String> backup) {

  public StaffMember {
    topics = List.copyOf(topics);
    languages = List.copyOf(languages);
  }

  public boolean handles(String topic) {
    return topics.contains(topic);
  }

  public boolean speaks(String language) {
    return languages.contains(language);
  }
}
