package io.frontline.conversation;

import io.frontline.relationship.Relationship;
import java.time.Instant;

/** Reads what a client and the company have been through, for the decision core to weigh. */
@FunctionalInterface
public interface Relationships {

  /** Nobody has a history: orders and suggestions start afresh. */
  Relationships NONE = (chat, at) -> Relationship.NONE;

  Relationship of(ChatId chat, Instant at);
}
