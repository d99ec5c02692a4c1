package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.StaffTopic;
import io.frontline.store.ClientDirectory;
import io.frontline.store.GroupCommit;
import io.frontline.store.OutboxMessage;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox kinds of the staff workspace ({@link OutboxPayload#STAFF_TEXT}, {@code COPY},
 * {@code DOCUMENT}, {@code TOPIC}) and keeps each client's forum topic alive: the topic is created
 * on first use and recorded; a topic someone deleted by hand ("message thread not found") is
 * created again, one closed by hand (TOPIC_CLOSED) is reopened, and the message goes there, so
 * nothing meant for staff is dropped. One chat's outbox messages go out one at a time, so two
 * messages never race to create the same topic.
 */
final class StaffSends {

  private static final Logger LOG = LoggerFactory.getLogger(StaffSends.class);

  static final Set<String> KINDS =
      Set.of(OutboxPayload.STAFF_TEXT, OutboxPayload.COPY, OutboxPayload.DOCUMENT, OutboxPayload.TOPIC);

  /** One Bot API call into a topic ({@code thread} null: the chat itself). */
  private interface InThread {
    void send(Integer thread) throws BotApi.CallFailed;
  }

  private final BotApi api;
  private final HandoffStore topics;
  private final ClientDirectory clients;
  private final GroupCommit writes;

  StaffSends(BotApi api, HandoffStore topics, ClientDirectory clients, GroupCommit writes) {
    this.api = api;
    this.topics = topics;
    this.clients = clients;
    this.writes = writes;
  }

  void deliver(OutboxMessage m) throws BotApi.CallFailed {
    ChatId chat = m.chat();
    switch (m.kind()) {
      case OutboxPayload.STAFF_TEXT -> {
        OutboxPayload.StaffText t = OutboxPayload.read(m.payload(), OutboxPayload.StaffText.class);
        if (t.html()) {
          inTopic(chat, t.where(), thread -> api.sendHtml(chat, thread, t.text()));
        } else {
          for (String part : Html.split(t.text(), Html.MAX_MESSAGE)) {
            inTopic(chat, t.where(), thread -> api.sendHtml(chat, thread, Html.escape(part)));
          }
        }
      }
      case OutboxPayload.COPY -> {
        OutboxPayload.Copy c = OutboxPayload.read(m.payload(), OutboxPayload.Copy.class);
        if (c.where() == null || c.where().client() == null) {
          refuseBlocked(chat);
        }
        inTopic(chat, c.where(), thread -> api.copy(chat, thread, new ChatId(c.fromChat()), c.messageId(), c.captionHtml()));
      }
      case OutboxPayload.DOCUMENT -> {
        OutboxPayload.Document d = OutboxPayload.read(m.payload(), OutboxPayload.Document.class);
        inTopic(chat, d.where(), thread -> api.sendDocument(chat, thread, d.name(), d.content(), d.captionHtml()));
      }
      case OutboxPayload.TOPIC -> {
        OutboxPayload.Topic t = OutboxPayload.read(m.payload(), OutboxPayload.Topic.class);
        thread(chat, t.where(), true);
      }
      default -> throw new IllegalArgumentException("not a staff kind: " + m.kind());
    }
  }

  /** A copy to a client who blocked the bot fails like a text would. */
  private void refuseBlocked(ChatId chat) throws BotApi.CallFailed {
    if (clients.find(chat).map(c -> c.blocked()).orElse(false)) {
      throw new BotApi.CallFailed(new BotApi.Permanent(403, "the client blocked the bot"), null);
    }
  }

  private void inTopic(ChatId chat, OutboxPayload.Where where, InThread call) throws BotApi.CallFailed {
    if (where == null || where.client() == null) {
      call.send(null);
      return;
    }
    Integer thread = thread(chat, where, false);
    try {
      call.send(thread);
    } catch (BotApi.CallFailed e) {
      if (e.failure() instanceof BotApi.Permanent p && p.topicGone()) {
        LOG.warn("staff chat {}: the topic of client {} is gone ({}); creating it again", chat.value(), where.client(), p.describe());
        call.send(create(chat, where));
      } else if (e.failure() instanceof BotApi.Permanent p && p.topicClosed()) {
        LOG.info("staff chat {}: the topic of client {} was closed; reopening it", chat.value(), where.client());
        reopen(chat, where, thread);
        call.send(thread);
      } else {
        throw e;
      }
    }
  }

  /** The client's topic: the recorded one (renamed if {@code rename} and the title changed), or a new one. */
  private int thread(ChatId chat, OutboxPayload.Where where, boolean rename) throws BotApi.CallFailed {
    ChatId client = new ChatId(where.client());
    Optional<StaffTopic> known = topics.topic(client).filter(t -> t.staffChat() == chat.value());
    if (known.isEmpty()) {
      return create(chat, where);
    }
    StaffTopic t = known.get();
    String name = title(where);
    if (rename && !name.equals(t.name())) {
      try {
        api.renameTopic(chat, Math.toIntExact(t.threadId()), name);
      } catch (BotApi.CallFailed e) {
        if (e.failure() instanceof BotApi.Permanent p && p.topicGone()) {
          return create(chat, where);
        }
        if (!(e.failure() instanceof BotApi.Permanent p && p.notModified())) {
          throw e;
        }
      }
      save(new StaffTopic(client, chat.value(), t.threadId(), name));
    }
    return Math.toIntExact(t.threadId());
  }

  private void reopen(ChatId chat, OutboxPayload.Where where, int thread) throws BotApi.CallFailed {
    try {
      api.reopenTopic(chat, thread);
    } catch (BotApi.CallFailed e) {
      if (!(e.failure() instanceof BotApi.Permanent p && p.notModified())) {
        throw e;
      }
    }
  }

  private int create(ChatId chat, OutboxPayload.Where where) throws BotApi.CallFailed {
    String name = title(where);
    int thread = api.createTopic(chat, name);
    save(new StaffTopic(new ChatId(where.client()), chat.value(), thread, name));
    LOG.info("staff chat {}: topic {} created for client {}", chat.value(), thread, where.client());
    return thread;
  }

  private void save(StaffTopic t) {
    writes.run(() -> topics.saveTopic(t));
  }

  /** Telegram allows 1-128 characters. */
  private static String title(OutboxPayload.Where where) {
    String name = where.topicName() == null || where.topicName().isBlank() ? "client " + where.client() : where.topicName().strip();
    return name.length() > 128 ? name.substring(0, 127) + "…" : name;
  }
}
