/**
 * Orders taken in the conversation: what a draft holds, how the FIXED total is computed from the
 * catalog, what a placed order and the client's order history look like. Pure, like the decision
 * core that uses it: no I/O, no clock; the store and the transport fill and keep these records.
 */
package io.frontline.order;
