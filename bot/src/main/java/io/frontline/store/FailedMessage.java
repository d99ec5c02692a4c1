package io.frontline.store;

import io.frontline.conversation.ChatId;
import java.time.Instant;

/** An outbox message given up: to whom, of what kind, why, and when it was enqueued. */
public record FailedMessage(ChatId chat, String kind, String error, Instant enqueuedAt) {}
