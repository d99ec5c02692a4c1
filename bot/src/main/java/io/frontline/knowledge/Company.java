package io.frontline.knowledge;

import java.time.ZoneId;
import java.util.List;

/**
 * Who the company is. {@code languages} lists the languages the company serves, the default first.
 * {@code ownContacts} are the company's own lines an article may give (an on-call phone for
 * emergencies at night): giving one is not sending the client elsewhere.
 */
public record Company(
    String id,
    LocalizedText name,
    LocalizedText about,
    List<String> languages,
    ZoneId timeZone,
    WorkingHours hours,
    LocalizedText area,
    LocalizedText value,
    List<String> ownContacts) {

  public Company {
    ownContacts = List.copyOf(ownContacts);
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("a company needs at least one language");
    }
  }

  public String defaultLanguage() {
    return languages.get(0);
  }
}
