package io.frontline.order;

import io.frontline.knowledge.DeliverySlot;

/**
 * An order the client confirmed, to be recorded and passed to the person who handles orders.
 *
 * @param handler the staff member who gets the order
 * @param language the client's language, for what the bot later tells them about it
 */
public record NewOrder(Quote quote, String address, DeliverySlot slot, String handler, String language) {}
