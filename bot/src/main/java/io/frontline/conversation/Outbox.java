package io.frontline.conversation;

/** Where replies go; the transport drains it. */
public interface Outbox {

  void enqueue(Outgoing reply);
}
