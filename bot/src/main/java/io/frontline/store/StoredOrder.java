package io.frontline.store;

import io.frontline.conversation.ChatId;
import io.frontline.order.PastOrder;
import java.util.Optional;

/**
 * An order as staff see it: the order, whose it is (empty once the client was forgotten), who
 * handles it and the client's language.
 */
public record StoredOrder(Optional<ChatId> chat, PastOrder order, String handler, String language) {}
