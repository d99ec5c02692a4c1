/** The staff side of orders: the order card and the staff command that closes an order. */
package io.frontline.orderdesk;
