package io.frontline.decision;

import io.frontline.relationship.Relationship;
import java.time.Instant;

/**
 * One message from a client, as the decision core sees it: text, who, when, and what the client
 * and the company have been through (orders, suggestions), read from the store before deciding.
 */
public record ClientMessage(String text, ClientInfo client, Instant at, Relationship relationship) {

  public ClientMessage {
    relationship = relationship == null ? Relationship.NONE : relationship;
  }

  /** A message from a client with no history known to the caller. */
  public ClientMessage(String text, ClientInfo client, Instant at) {
    this(text, client, at, Relationship.NONE);
  }

  /** The same message, as it was meant to be written: "operator pozhaluysta" read as "оператор пожалуйста". */
  public ClientMessage withText(String meant) {
    return new ClientMessage(meant, client, at, relationship);
  }

  public ClientMessage with(Relationship r) {
    return new ClientMessage(text, client, at, r);
  }
}
