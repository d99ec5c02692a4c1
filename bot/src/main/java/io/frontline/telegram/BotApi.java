package io.frontline.telegram;

import io.frontline.conversation.ChatId;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.EditForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.ReopenForumTopic;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API calls the transport makes, over TelegramBots' {@link TelegramClient}, with every
 * failure sorted into what to do about it: wait as told (429), try again later (5xx, timeouts,
 * dropped connections, an answer we cannot read), or give up (403 blocked, 400 chat not found).
 */
final class BotApi {

  /** What went wrong with a call, and so what to do next. */
  sealed interface Failure {
    String describe();
  }

  /** 429: Telegram's flood control; try again after {@code retryAfter}. */
  record RateLimited(Duration retryAfter, String describe) implements Failure {}

  /** It may work later: a server error, a timeout, a dropped connection, an unreadable answer. */
  record Transient(String describe) implements Failure {}

  /** It never will: the client blocked the bot, the chat is gone, the request is invalid. */
  record Permanent(int code, String describe) implements Failure {

    /**
     * The client cannot be reached any more: 403 (they blocked the bot, or deleted their account)
     * or 400 "chat not found".
     */
    boolean unreachable() {
      return code == 403 || code == 400 && describe.toLowerCase(Locale.ROOT).contains("chat not found");
    }

    /** 400: the forum topic was deleted (by hand): a new one is needed. */
    boolean topicGone() {
      String d = describe.toLowerCase(Locale.ROOT);
      return code == 400
          && (d.contains("thread not found") || d.contains("topic_deleted") || d.contains("topic_id_invalid")
              || d.contains("topic not found"));
    }

    /** 400 TOPIC_CLOSED: the forum topic was closed (by hand): reopen it. */
    boolean topicClosed() {
      return code == 400 && describe.toLowerCase(Locale.ROOT).contains("topic_closed");
    }

    /** 400 TOPIC_NOT_MODIFIED: the topic already has that name. */
    boolean notModified() {
      return code == 400 && describe.toLowerCase(Locale.ROOT).contains("not_modified");
    }

    /** 400 "can't parse entities": our HTML was wrong; the text may still go as plain text. */
    boolean badMarkup() {
      return code == 400 && describe.toLowerCase(Locale.ROOT).contains("parse entities");
    }
  }

  /** A failed call, classified. */
  static final class CallFailed extends Exception {
    private final transient Failure failure;

    CallFailed(Failure failure, Throwable cause) {
      super(failure.describe(), cause);
      this.failure = failure;
    }

    Failure failure() {
      return failure;
    }
  }

  private final TelegramClient client;
  private final TelegramClient pollClient;
  private final java.time.Clock clock;
  /** When Telegram last answered a call of ours with success: what /healthz reads. */
  private volatile java.time.Instant lastSuccess = java.time.Instant.EPOCH;

  /**
   * @param client for short calls (sending)
   * @param pollClient for long polling: its read timeout is longer than the polling timeout
   */
  BotApi(TelegramClient client, TelegramClient pollClient) {
    this(client, pollClient, java.time.Clock.systemUTC());
  }

  BotApi(TelegramClient client, TelegramClient pollClient, java.time.Clock clock) {
    this.client = client;
    this.pollClient = pollClient;
    this.clock = clock;
  }

  /** When a call last succeeded; {@code Instant.EPOCH} before the first. */
  java.time.Instant lastSuccess() {
    return lastSuccess;
  }

  private <T> T succeeded(T result) {
    lastSuccess = clock.instant();
    return result;
  }

  /** The bot's username, which also proves the token is valid. */
  String username() throws CallFailed {
    try {
      User me = succeeded(client.execute(new GetMe()));
      return me == null || me.getUserName() == null ? "" : me.getUserName();
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Raw updates from {@code offset} on, waiting up to {@code timeoutSeconds} for the first. */
  List<String> updates(Optional<Long> offset, int limit, int timeoutSeconds) throws CallFailed {
    try {
      ArrayList<String> out =
          succeeded(pollClient.execute(new GetRawUpdates(offset.orElse(null), limit, timeoutSeconds, null)));
      return out == null ? List.of() : out;
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Sends {@code html} (already escaped) with optional buttons. */
  void sendHtml(ChatId chat, String html, List<List<OutboxPayload.Button>> buttons) throws CallFailed {
    send(chat, html, ParseMode.HTML, buttons);
  }

  /** Sends plain text: the fallback when Telegram could not parse our HTML. */
  void sendPlain(ChatId chat, String text, List<List<OutboxPayload.Button>> buttons) throws CallFailed {
    send(chat, text, null, buttons);
  }

  private void send(ChatId chat, String text, String parseMode, List<List<OutboxPayload.Button>> buttons)
      throws CallFailed {
    SendMessage m = new DeliveredMessage(Long.toString(chat.value()), text);
    if (parseMode != null) {
      m.setParseMode(parseMode);
    }
    if (!buttons.isEmpty()) {
      List<InlineKeyboardRow> rows = new ArrayList<>();
      for (List<OutboxPayload.Button> row : buttons) {
        InlineKeyboardRow r = new InlineKeyboardRow();
        for (OutboxPayload.Button b : row) {
          r.add(InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build());
        }
        rows.add(r);
      }
      m.setReplyMarkup(new InlineKeyboardMarkup(rows));
    }
    try {
      succeeded(client.execute(m));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Sends {@code html} (already escaped) into a forum topic ({@code thread}; null: the chat itself). */
  void sendHtml(ChatId chat, Integer thread, String html) throws CallFailed {
    SendMessage m = new DeliveredMessage(Long.toString(chat.value()), html);
    m.setParseMode(ParseMode.HTML);
    m.setMessageThreadId(thread);
    try {
      client.execute(m);
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /**
   * Copies a message (text, photo, document, voice...) without a link to the original, so it
   * appears as sent by the bot: staff answers reach the client as the company.
   *
   * @param captionHtml a new caption (HTML) for media, or null to keep the original's
   */
  void copy(ChatId to, Integer thread, ChatId from, long messageId, String captionHtml) throws CallFailed {
    CopyMessage m = new CopyMessage(Long.toString(to.value()), Long.toString(from.value()), Math.toIntExact(messageId));
    m.setMessageThreadId(thread);
    if (captionHtml != null) {
      m.setCaption(captionHtml);
      m.setParseMode(ParseMode.HTML);
    }
    try {
      client.execute(m);
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Sends {@code content} as a UTF-8 text file named {@code name}. */
  void sendDocument(ChatId chat, Integer thread, String name, String content, String captionHtml) throws CallFailed {
    SendDocument d =
        new SendDocument(
            Long.toString(chat.value()),
            new InputFile(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name));
    d.setMessageThreadId(thread);
    if (captionHtml != null && !captionHtml.isEmpty()) {
      d.setCaption(captionHtml);
      d.setParseMode(ParseMode.HTML);
    }
    try {
      client.execute(d);
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Creates a forum topic; returns its message_thread_id. */
  int createTopic(ChatId group, String name) throws CallFailed {
    try {
      ForumTopic t = client.execute(CreateForumTopic.builder().chatId(group.value()).name(name).build());
      if (t == null || t.getMessageThreadId() == null) {
        throw new CallFailed(new Transient("createForumTopic answered without a message_thread_id"), null);
      }
      return t.getMessageThreadId();
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  void renameTopic(ChatId group, int thread, String name) throws CallFailed {
    try {
      client.execute(EditForumTopic.builder().chatId(group.value()).messageThreadId(thread).name(name).build());
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  void reopenTopic(ChatId group, int thread) throws CallFailed {
    try {
      client.execute(ReopenForumTopic.builder().chatId(group.value()).messageThreadId(thread).build());
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** The user ids of the group's administrators. */
  java.util.Set<Long> administrators(ChatId group) throws CallFailed {
    try {
      List<ChatMember> members = client.execute(GetChatAdministrators.builder().chatId(group.value()).build());
      java.util.Set<Long> ids = new java.util.HashSet<>();
      if (members != null) {
        for (ChatMember m : members) {
          if (m.getUser() != null && m.getUser().getId() != null) {
            ids.add(m.getUser().getId());
          }
        }
      }
      return ids;
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** "typing…" in the chat, for about five seconds or until our message arrives. */
  void typing(ChatId chat) throws CallFailed {
    try {
      succeeded(client.execute(SendChatAction.builder().chatId(chat.value()).action("typing").build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  void answerCallback(String callbackId, String text) throws CallFailed {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b =
        AnswerCallbackQuery.builder().callbackQueryId(callbackId);
    if (text != null && !text.isEmpty()) {
      b.text(text);
    }
    try {
      succeeded(client.execute(b.build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  void setWebhook(String url, String secret) throws CallFailed {
    try {
      succeeded(client.execute(SetWebhook.builder().url(url).secretToken(secret).build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** Long polling only works with no webhook set; pending updates are kept. */
  void deleteWebhook() throws CallFailed {
    try {
      succeeded(client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /** A picture (PNG) with a caption of at most 1,024 characters. */
  void sendPhoto(ChatId chat, byte[] png, String fileName, String caption) throws CallFailed {
    SendPhoto.SendPhotoBuilder<?, ?> b =
        SendPhoto.builder()
            .chatId(Long.toString(chat.value()))
            .photo(new InputFile(new java.io.ByteArrayInputStream(png), fileName));
    if (caption != null && !caption.isEmpty()) {
      b.caption(caption);
    }
    try {
      succeeded(client.execute(b.build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /**
   * The commands menu for clients whose Telegram speaks {@code languageCode} (empty: everyone
   * else).
   */
  void setMyCommands(List<BotCommand> commands, Optional<String> languageCode) throws CallFailed {
    SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
    languageCode.ifPresent(b::languageCode);
    try {
      succeeded(client.execute(b.build()));
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  static CallFailed classify(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() != 0) {
      int code = r.getErrorCode();
      String what = "[" + code + "] " + Optional.ofNullable(r.getApiResponse()).orElse("");
      if (code == 429) {
        Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
        return new CallFailed(
            new RateLimited(Duration.ofSeconds(after == null || after < 1 ? 1 : after), what), e);
      }
      // 401/404: a wrong or revoked token, a proxy in the way: nothing about this message is
      // wrong, so it waits until the bot can reach Telegram again. 409: another getUpdates or a
      // webhook competes; 5xx: Telegram's trouble.
      if (code >= 500 || code == 401 || code == 404 || code == 409 || code == 408) {
        return new CallFailed(new Transient(what), e);
      }
      return new CallFailed(new Permanent(code, what), e);
    }
    // No error code: the call never got a Telegram answer (timeout, reset, refused) or the answer
    // was not Telegram's JSON (a proxy's error page). Either way, later may work.
    Throwable cause = e;
    String what = e.getMessage();
    while (cause != null) {
      if (cause instanceof InterruptedIOException) {
        what = "timeout: " + cause.getMessage();
        break;
      }
      if (cause instanceof IOException) {
        what = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        break;
      }
      cause = cause.getCause();
    }
    return new CallFailed(new Transient(String.valueOf(what)), e);
  }

  /**
   * {@code sendMessage} that counts as sent whenever Telegram says {@code ok}, even if the message
   * it echoes back does not fit the library's model: a delivered reply must never be sent again.
   */
  static final class DeliveredMessage extends SendMessage {
    DeliveredMessage(String chatId, String text) {
      super(chatId, text);
    }

    @Override
    public Message deserializeResponse(String answer) throws TelegramApiRequestException {
      try {
        return super.deserializeResponse(answer);
      } catch (TelegramApiRequestException e) {
        if (e.getErrorCode() == null && answer != null && answer.replace(" ", "").contains("\"ok\":true")) {
          return new Message();
        }
        throw e;
      }
    }
  }
}
