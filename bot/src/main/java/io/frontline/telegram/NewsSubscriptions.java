package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.store.Subscriptions;
import java.time.Clock;
import java.util.Optional;

/**
 * The client's side of news: {@code /subscribe} and {@code /unsubscribe}, and the buttons that do
 * the same in one tap (unsubscribe under every news message, subscribe where the bot offers it).
 * Answers with the key of the phrase to say, so UpdateProcessor says it like its other replies.
 */
final class NewsSubscriptions {

  /** What every button of this class's data starts with. */
  static final String BUTTONS = "news:";
  static final String SUBSCRIBE_BUTTON = "news:on";
  static final String UNSUBSCRIBE_BUTTON = "news:off";

  private final Subscriptions subscriptions;
  private final io.frontline.store.OrderBook orders;
  private final Clock clock;

  NewsSubscriptions(Subscriptions subscriptions, io.frontline.store.OrderBook orders, Clock clock) {
    this.subscriptions = subscriptions;
    this.orders = orders;
    this.clock = clock;
  }

  /**
   * Whether to offer news (a subscribe button) under this reply: it places the client's first order
   * in the chat, a good moment that comes once, and they are not subscribed. Called before the order
   * is recorded, so a first order is one with no earlier order.
   */
  boolean offerAfter(io.frontline.decision.Decision reply, ChatId chat) {
    return reply.aftercare().placed().isPresent()
        && reply.aftercare().offered().isEmpty()
        && orders.of(chat, clock.instant()).orders().isEmpty()
        && !subscriptions.isSubscribed(chat);
  }

  /** The phrase answering {@code /subscribe} or {@code /unsubscribe}; empty for any other command. */
  Optional<String> command(String name, ChatId chat) {
    return switch (name) {
      case "subscribe" -> Optional.of(subscribe(chat));
      case "unsubscribe" -> Optional.of(unsubscribe(chat));
      default -> Optional.empty();
    };
  }

  /** The phrase answering a subscribe or unsubscribe button; empty for any other button. */
  Optional<String> button(String data, ChatId chat) {
    return switch (data) {
      case SUBSCRIBE_BUTTON -> Optional.of(subscribe(chat));
      case UNSUBSCRIBE_BUTTON -> Optional.of(unsubscribe(chat));
      default -> Optional.empty();
    };
  }

  private String subscribe(ChatId chat) {
    return subscriptions.subscribe(chat, clock.instant()) ? "subscribe_done" : "subscribe_already";
  }

  private String unsubscribe(ChatId chat) {
    return subscriptions.unsubscribe(chat) ? "unsubscribe_done" : "unsubscribe_not_subscribed";
  }
}
