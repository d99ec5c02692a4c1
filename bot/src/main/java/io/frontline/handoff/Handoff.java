package io.frontline.handoff;

import io.frontline.conversation.ChatId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation handed over to a named person.
 *
 * @param staff the id (knowledge/staff.yaml) of the person who owns the chat now
 * @param topic what it is about, as the decision said (complaint, refund...)
 * @param language the client's language
 * @param due when the SLA sweep looks at it next; empty when nothing is due
 * @param acked when the client was last told, while waiting, that a person has it
 */
public record Handoff(
    long id,
    ChatId client,
    String staff,
    String topic,
    String reason,
    String language,
    Stage stage,
    Instant opened,
    Optional<Instant> due,
    Optional<Instant> answered,
    Optional<Instant> acked,
    Optional<Instant> closed) {

  public Handoff {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(stage, "stage");
  }

  public boolean open() {
    return closed.isEmpty();
  }
}
