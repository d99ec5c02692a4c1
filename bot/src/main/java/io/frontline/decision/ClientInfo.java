package io.frontline.decision;

import java.util.Optional;

/** What the transport knows about the client who wrote. */
public record ClientInfo(
    Optional<Long> userId,
    Optional<String> username,
    Optional<String> firstName,
    Optional<String> languageCode) {

  public static final ClientInfo ANONYMOUS =
      new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
