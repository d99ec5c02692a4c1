package io.frontline.decision;

import java.time.Instant;

/** One message from a client, as the decision core sees it: text, who, when. */
public record ClientMessage(String text, ClientInfo client, Instant at) {}
