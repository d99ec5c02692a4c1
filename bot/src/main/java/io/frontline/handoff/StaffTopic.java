package io.frontline.handoff;

import io.frontline.conversation.ChatId;

/** A client's forum topic in the staff group: its thread id and its title as last set. */
public record StaffTopic(ChatId client, long staffChat, long threadId, String name) {}
