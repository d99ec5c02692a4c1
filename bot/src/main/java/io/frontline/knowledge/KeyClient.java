package io.frontline.knowledge;

import java.util.Optional;

/** A client the company marks as key: their refusals and large requests go to a named person. */
public record KeyClient(
    Optional<Long> telegramUserId, Optional<String> username, String name, String accountManager) {

  public boolean matches(Optional<Long> userId, Optional<String> user) {
    return (telegramUserId.isPresent() && telegramUserId.equals(userId))
        || (username.isPresent()
            && user.isPresent()
            && username.get().equalsIgnoreCase(user.get().replaceFirst("^@", "")));
  }
}
