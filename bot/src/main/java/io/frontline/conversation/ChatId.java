package io.frontline.conversation;

/** A Telegram chat (or a console session), typed so it is never confused with a user id. */
public record ChatId(long value) {}
