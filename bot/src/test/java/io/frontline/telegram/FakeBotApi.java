package io.frontline.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Telegram Bot API of our own, for tests and benchmarks: {@code getUpdates} (with
 * Telegram's offset semantics and long polling), {@code sendMessage}, {@code sendChatAction},
 * {@code answerCallbackQuery}, {@code setWebhook}, {@code deleteWebhook}, {@code getMe} — enough for
 * TelegramBots' client — on 127.0.0.1 and a free port.
 *
 * <p>It injects faults on request: 429 with {@code retry_after}, 500s, requests that hang until the
 * client gives up, connections dropped without an answer, and updates delivered again after they
 * were confirmed. A request that failed in any of these ways was NOT carried out (a real server
 * might have; that case, inherent to a Bot API without idempotency keys, is not simulated). It can
 * also enforce Telegram's sending limits (overall, per chat, per group), answering 429 past them.
 */
public final class FakeBotApi implements AutoCloseable {

  static {
    // Answer at once, not after the client's delayed ACK: the JDK server leaves Nagle on by default,
    // which costs every keep-alive request about 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

  /** A fault to inject into one request. */
  public sealed interface Fault {}

  /** 429 Too Many Requests, retry after this many seconds. */
  public record TooManyRequests(int retryAfter) implements Fault {}

  /** An error answer with this HTTP status and Telegram error_code (500, 502, 403, 400...). */
  public record ErrorAnswer(int code, String description) implements Fault {}

  /** No answer until the client gives up (or {@code hold} passes, then the connection is closed). */
  public record Hang(Duration hold) implements Fault {}

  /** The connection is closed without an answer. */
  public record Drop() implements Fault {}

  /** Decides the fault (if any) for each call to a method. */
  @FunctionalInterface
  public interface Faults {
    Optional<Fault> next(String method);

    static Faults none() {
      return m -> Optional.empty();
    }
  }

  /** A message the bot sent ({@code thread}: the forum topic, 0 for none). */
  public record Sent(long chatId, String text, String parseMode, JsonNode replyMarkup, long at, int thread) {
    public Sent(long chatId, String text, String parseMode, JsonNode replyMarkup, long at) {
      this(chatId, text, parseMode, replyMarkup, at, 0);
    }
  }

  /** A copyMessage the bot made. */
  public record Copied(long chatId, int thread, long fromChat, long messageId, String caption) {}

  /** A file the bot sent with sendDocument. */
  public record Document(long chatId, int thread, String fileName, String content, String caption) {}

  /** A forum topic of a group, as the fake keeps it. */
  public record Topic(long chatId, int thread, String name, boolean closed, boolean deleted) {}

  /** Sliding-window sending limits the server enforces (429 past them); 0 = unlimited. */
  public record Limits(int perSecond, int perChatPerSecond, int perGroupPerMinute) {
    public static final Limits NONE = new Limits(0, 0, 0);
    /** Telegram's documented limits: 30/s overall, about 1/s per chat (bursts of a few), 20/min per group. */
    public static final Limits TELEGRAM = new Limits(30, 4, 20);
  }

  private final String token;
  private final HttpServer server;
  private final ExecutorService pool;
  private final Object lock = new Object();
  /** An update waiting to be fetched, kept as JSON text (so a test can send one no mapper would write). */
  private record Pending(long id, String json) {}

  private final List<Pending> updates = new ArrayList<>();
  private final List<Sent> sent = new ArrayList<>();
  private final List<Long> chatActions = new ArrayList<>();
  private final List<String> callbackAnswers = new ArrayList<>();
  private final List<Photo> photos = new ArrayList<>();
  private final Map<String, List<String>> commandMenus = new java.util.TreeMap<>();
  private final Map<String, Integer> calls = new HashMap<>();
  private final List<Copied> copies = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final Map<Long, Map<Integer, Topic>> topics = new HashMap<>();
  private final Map<Long, List<Long>> admins = new HashMap<>();
  private int nextThread = 100;
  private final Deque<Long> globalWindow = new ArrayDeque<>();
  private final Map<Long, Deque<Long>> chatWindows = new HashMap<>();
  private long confirmed = 0; // every update_id below this is confirmed
  private long nextUpdateId = 1;
  private long nextMessageId = 1;
  private int rejected429;
  private int duplicatesDelivered;
  private int sentCount;
  private volatile boolean keepSent = true;
  private volatile Faults faults = Faults.none();
  private volatile Limits limits = Limits.NONE;
  private volatile boolean redeliver;
  private volatile String webhookUrl = "";
  private volatile String webhookSecret = "";
  private volatile boolean closed;

  public FakeBotApi(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fake-bot-api");
      t.setDaemon(true);
      return t;
    });
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  /** The base URL to give the bot (TELEGRAM_API_URL). */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void faults(Faults faults) {
    this.faults = faults;
  }

  public void limits(Limits limits) {
    this.limits = limits;
  }

  /**
   * Whether getUpdates also hands out the last few confirmed updates again (duplicates, as after a
   * Telegram glitch or a lost acknowledgement).
   */
  public void redeliver(boolean on) {
    this.redeliver = on;
  }

  // ------------------------------------------------------------------ the client's side

  /** A private text message from user {@code userId} (chat id = user id); returns the update_id. */
  public long clientSays(long userId, String firstName, String languageCode, String text) {
    ObjectNode from = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", firstName);
    if (languageCode != null) {
      from.put("language_code", languageCode);
    }
    ObjectNode chat = JSON.createObjectNode().put("id", userId).put("first_name", firstName).put("type", "private");
    ObjectNode message = JSON.createObjectNode();
    synchronized (lock) {
      message.put("message_id", nextMessageId++);
    }
    message.set("from", from);
    message.set("chat", chat);
    message.put("date", System.currentTimeMillis() / 1000);
    message.put("text", text);
    if (text.startsWith("/")) {
      ArrayNode entities = message.putArray("entities");
      entities.addObject().put("offset", 0).put("length", text.split(" ")[0].length()).put("type", "bot_command");
    }
    return deliver("message", message);
  }

  /** A private photo (with an optional caption) from user {@code userId}; returns the update_id. */
  public long clientSendsPhoto(long userId, String firstName, String fileId, String caption) {
    ObjectNode message = privateMessage(userId, firstName, null);
    ArrayNode sizes = message.putArray("photo");
    sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", "u1").put("width", 90).put("height", 90);
    sizes.addObject().put("file_id", fileId).put("file_unique_id", "u2").put("width", 800).put("height", 800);
    if (caption != null) {
      message.put("caption", caption);
    }
    return deliver("message", message);
  }

  /**
   * A private message from {@code userId} replying to a message of the bot whose text was
   * {@code repliedText} (direct mode: a person answers the client's message the bot passed on).
   */
  public long privateReply(long userId, String firstName, String text, String repliedText) {
    ObjectNode message = privateMessage(userId, firstName, text);
    ObjectNode replied = message.putObject("reply_to_message").put("message_id", 1).put("date", System.currentTimeMillis() / 1000).put("text", repliedText);
    replied.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Frontline");
    replied.putObject("chat").put("id", userId).put("type", "private");
    return deliver("message", message);
  }

  /** A message written in a forum topic of the supergroup {@code groupId} by user {@code userId}. */
  public long groupSays(long groupId, int thread, long userId, String firstName, String text) {
    ObjectNode from = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", firstName);
    ObjectNode message = JSON.createObjectNode();
    synchronized (lock) {
      message.put("message_id", nextMessageId++);
    }
    message.set("from", from);
    message.putObject("chat").put("id", groupId).put("title", "Staff").put("type", "supergroup").put("is_forum", true);
    message.put("date", System.currentTimeMillis() / 1000);
    if (thread > 0) {
      message.put("message_thread_id", thread).put("is_topic_message", true);
    }
    message.put("text", text);
    if (text.startsWith("/")) {
      message.putArray("entities").addObject().put("offset", 0).put("length", text.split(" ")[0].length()).put("type", "bot_command");
    }
    return deliver("message", message);
  }

  private ObjectNode privateMessage(long userId, String firstName, String text) {
    ObjectNode from = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", firstName);
    ObjectNode message = JSON.createObjectNode();
    synchronized (lock) {
      message.put("message_id", nextMessageId++);
    }
    message.set("from", from);
    message.putObject("chat").put("id", userId).put("first_name", firstName).put("type", "private");
    message.put("date", System.currentTimeMillis() / 1000);
    if (text != null) {
      message.put("text", text);
      if (text.startsWith("/")) {
        message.putArray("entities").addObject().put("offset", 0).put("length", text.split(" ")[0].length()).put("type", "bot_command");
      }
    }
    return message;
  }

  /** Someone deletes a forum topic by hand: sending into it fails with "message thread not found". */
  public void deleteTopic(long chat, int thread) {
    synchronized (lock) {
      Topic t = topics.getOrDefault(chat, Map.of()).get(thread);
      if (t != null) {
        topics.get(chat).put(thread, new Topic(chat, thread, t.name(), t.closed(), true));
      }
    }
  }

  /** Someone closes a forum topic by hand: sending into it fails with TOPIC_CLOSED until reopened. */
  public void closeTopic(long chat, int thread) {
    synchronized (lock) {
      Topic t = topics.getOrDefault(chat, Map.of()).get(thread);
      if (t != null) {
        topics.get(chat).put(thread, new Topic(chat, thread, t.name(), true, t.deleted()));
      }
    }
  }

  /** The administrators getChatAdministrators reports for {@code chat}. */
  public void admins(long chat, List<Long> userIds) {
    synchronized (lock) {
      admins.put(chat, List.copyOf(userIds));
    }
  }

  public List<Topic> topics(long chat) {
    synchronized (lock) {
      return List.copyOf(topics.getOrDefault(chat, Map.of()).values());
    }
  }

  public List<Copied> copies() {
    synchronized (lock) {
      return List.copyOf(copies);
    }
  }

  public List<Document> documents() {
    synchronized (lock) {
      return List.copyOf(documents);
    }
  }

  /** Messages sent into one forum topic. */
  public List<Sent> sentIn(long chat, int thread) {
    synchronized (lock) {
      return sent.stream().filter(s -> s.chatId() == chat && s.thread() == thread).toList();
    }
  }

  /** A button press under a message of the bot in {@code userId}'s private chat. */
  public long clientPresses(long userId, String data) {
    ObjectNode from = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Test");
    ObjectNode q = JSON.createObjectNode().put("id", "cb" + System.nanoTime()).put("data", data).put("chat_instance", "1");
    q.set("from", from);
    ObjectNode msg = q.putObject("message").put("message_id", 1).put("date", System.currentTimeMillis() / 1000);
    msg.putObject("chat").put("id", userId).put("type", "private");
    return deliver("callback_query", q);
  }

  /** Any update body (the field and its object); update_id is assigned here. */
  public long deliver(String field, JsonNode body) {
    synchronized (lock) {
      long id = nextUpdateId++;
      ObjectNode u = JSON.createObjectNode().put("update_id", id);
      u.set(field, body);
      updates.add(new Pending(id, u.toString()));
      lock.notifyAll();
      return id;
    }
  }

  /**
   * An update given as JSON text after {@code "update_id": <id>,} (assigned here), sent as is:
   * {@code deliverRaw("\"message\":{...}")}. For updates a mapper would not write (nested 5,000 deep,
   * a 50,000-character field name, a date of 1e17).
   */
  public long deliverRaw(String fieldsAfterId) {
    synchronized (lock) {
      long id = nextUpdateId++;
      updates.add(new Pending(id, "{\"update_id\":" + id + (fieldsAfterId.isEmpty() ? "" : "," + fieldsAfterId) + "}"));
      lock.notifyAll();
      return id;
    }
  }

  // ------------------------------------------------------------------ what the bot did

  public List<Sent> sent() {
    synchronized (lock) {
      return List.copyOf(sent);
    }
  }

  /** Messages the bot sent, counted even when they are not kept. */
  public int sentCount() {
    synchronized (lock) {
      return sentCount;
    }
  }

  /** Whether to keep each sent message (off for heap measurements: only count them). */
  public void keepSent(boolean keep) {
    this.keepSent = keep;
  }

  public List<Sent> sentTo(long chatId) {
    synchronized (lock) {
      return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }
  }

  public List<Long> chatActions() {
    synchronized (lock) {
      return List.copyOf(chatActions);
    }
  }

  /** A photo sent with sendPhoto: where, its caption, and how many bytes the request had. */
  public record Photo(long chatId, String caption, int requestBytes, boolean png) {}

  public List<Photo> photos() {
    synchronized (lock) {
      return List.copyOf(photos);
    }
  }

  /** The commands menus set with setMyCommands, by language_code ("" for the default menu). */
  public Map<String, List<String>> commandMenus() {
    synchronized (lock) {
      return Map.copyOf(commandMenus);
    }
  }

  public List<String> callbackAnswers() {
    synchronized (lock) {
      return List.copyOf(callbackAnswers);
    }
  }

  /** How many times the bot called {@code method} (lower case), faults included. */
  public int calls(String method) {
    synchronized (lock) {
      return calls.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
    }
  }

  /** 429s the limits (not injected faults) caused. */
  public int limitRejections() {
    synchronized (lock) {
      return rejected429;
    }
  }

  /** Updates handed out again after the bot had confirmed them. */
  public int duplicatesDelivered() {
    synchronized (lock) {
      return duplicatesDelivered;
    }
  }

  /** Every update_id below this one was confirmed by the bot (a later getUpdates offset). */
  public long confirmedBelow() {
    synchronized (lock) {
      return confirmed;
    }
  }

  public String webhookUrl() {
    return webhookUrl;
  }

  public String webhookSecret() {
    return webhookSecret;
  }

  /** Waits until {@code condition} holds (checked whenever the server records something). */
  public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (!condition.getAsBoolean()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
      return true;
    }
  }

  // ------------------------------------------------------------------ the server

  private void handle(HttpExchange x) throws IOException {
    Matcher m = PATH.matcher(x.getRequestURI().getPath());
    if (!m.matches()) {
      answer(x, 404, error(404, "Not Found"));
      return;
    }
    if (!m.group(1).equals(token)) {
      answer(x, 401, error(401, "Unauthorized"));
      return;
    }
    String method = m.group(2).toLowerCase(Locale.ROOT);
    byte[] raw;
    try (InputStream in = x.getRequestBody()) {
      raw = in.readAllBytes();
    }
    synchronized (lock) {
      calls.merge(method, 1, Integer::sum);
      lock.notifyAll();
    }
    Optional<Fault> fault = method.equals("getme") ? Optional.empty() : faults.next(method);
    if (fault.isPresent()) {
      inject(x, fault.get());
      return;
    }
    JsonNode body = parse(x, raw);
    switch (method) {
      case "getme" -> answer(x, 200, ok(JSON.createObjectNode().put("id", 1).put("is_bot", true)
          .put("first_name", "Frontline").put("username", "frontline_test_bot")));
      case "getupdates" -> getUpdates(x, body);
      case "sendmessage" -> sendMessage(x, body);
      case "copymessage" -> copyMessage(x, body);
      case "senddocument" -> sendDocument(x, body);
      case "createforumtopic" -> createTopic(x, body);
      case "editforumtopic", "reopenforumtopic", "closeforumtopic" -> editTopic(x, method, body);
      case "getchatadministrators" -> {
        ArrayNode result = JSON.createArrayNode();
        synchronized (lock) {
          for (long id : admins.getOrDefault(body.path("chat_id").asLong(), List.of())) {
            ObjectNode admin = result.addObject().put("status", "administrator").put("can_be_edited", false)
                .put("is_anonymous", false).put("can_manage_chat", true).put("can_delete_messages", true)
                .put("can_manage_video_chats", true).put("can_restrict_members", true).put("can_promote_members", false)
                .put("can_change_info", true).put("can_invite_users", true).put("can_manage_topics", true);
            admin.putObject("user").put("id", id).put("is_bot", false).put("first_name", "Admin" + id);
          }
        }
        answer(x, 200, ok(result));
      }
      case "sendchataction" -> {
        synchronized (lock) {
          chatActions.add(body.path("chat_id").asLong());
          lock.notifyAll();
        }
        answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
      }
      case "answercallbackquery" -> {
        synchronized (lock) {
          callbackAnswers.add(body.path("callback_query_id").asText());
          lock.notifyAll();
        }
        answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
      }
      case "sendphoto" -> {
        // The PNG signature travels in the multipart body: enough to know a picture came.
        boolean png = new String(raw, StandardCharsets.ISO_8859_1).contains("\u0089PNG");
        synchronized (lock) {
          photos.add(new Photo(body.path("chat_id").asLong(), body.path("caption").asText(""), raw.length, png));
          lock.notifyAll();
        }
        answer(x, 200, ok(JSON.createObjectNode().put("message_id", raw.length).put("date", 1_700_000_000)
            .set("chat", JSON.createObjectNode().put("id", body.path("chat_id").asLong()).put("type", "supergroup"))));
      }
      case "setmycommands" -> {
        List<String> names = new ArrayList<>();
        JsonNode commands = body.path("commands");
        if (commands.isTextual()) {
          try {
            commands = JSON.readTree(commands.asText());
          } catch (IOException e) {
            commands = JSON.createArrayNode();
          }
        }
        commands.forEach(c -> names.add(c.path("command").asText() + " - " + c.path("description").asText()));
        synchronized (lock) {
          commandMenus.put(body.path("language_code").asText(""), names);
          lock.notifyAll();
        }
        answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
      }
      case "setwebhook" -> {
        webhookUrl = body.path("url").asText("");
        webhookSecret = body.path("secret_token").asText("");
        answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
      }
      case "deletewebhook" -> {
        webhookUrl = "";
        answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
      }
      default -> answer(x, 404, error(404, "Not Found: method not found"));
    }
  }

  private void getUpdates(HttpExchange x, JsonNode body) throws IOException {
    long offset = body.path("offset").asLong(0);
    int limit = body.path("limit").asInt(100);
    int timeout = body.path("timeout").asInt(0);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
    List<String> result = new ArrayList<>();
    synchronized (lock) {
      if (offset > confirmed) {
        confirmed = offset; // Telegram: updates below the offset are confirmed, never sent again
        long keep = confirmed - 3; // the last few stay, for redelivery
        updates.removeIf(u -> u.id() < keep);
      }
      while (true) {
        boolean fresh = false;
        for (Pending u : updates) {
          if (u.id() >= confirmed) {
            fresh = true;
            break;
          }
        }
        // With redelivery, a batch with something new also carries the last 3 confirmed again.
        long from = fresh && redeliver ? Math.max(0, confirmed - 3) : confirmed;
        for (Pending u : updates) {
          if (u.id() >= from && result.size() < limit) {
            result.add(u.json());
            if (u.id() < confirmed) {
              duplicatesDelivered++;
            }
          }
        }
        long left = end - System.nanoTime();
        if (!result.isEmpty() || left <= 0 || closed) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    byte[] b = ("{\"ok\":true,\"result\":[" + String.join(",", result) + "]}").getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(200, b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  /** A 400 for a message into a deleted or closed topic (as Telegram answers), or null when it may go. */
  private ObjectNode topicError(long chat, int thread) {
    if (thread <= 0) {
      return null;
    }
    Topic t = topics.getOrDefault(chat, Map.of()).get(thread);
    if (t == null || t.deleted()) {
      return error(400, "Bad Request: message thread not found");
    }
    if (t.closed()) {
      return error(400, "Bad Request: TOPIC_CLOSED");
    }
    return null;
  }

  private void copyMessage(HttpExchange x, JsonNode body) throws IOException {
    long chat = body.path("chat_id").asLong();
    int thread = body.path("message_thread_id").asInt(0);
    long id;
    synchronized (lock) {
      ObjectNode e = topicError(chat, thread);
      if (e != null) {
        answer(x, 400, e);
        return;
      }
      copies.add(new Copied(chat, thread, body.path("from_chat_id").asLong(), body.path("message_id").asLong(),
          body.path("caption").asText(null)));
      id = nextMessageId++;
      lock.notifyAll();
    }
    answer(x, 200, ok(JSON.createObjectNode().put("message_id", id)));
  }

  private void sendDocument(HttpExchange x, JsonNode body) throws IOException {
    long chat = body.path("chat_id").asLong();
    int thread = body.path("message_thread_id").asInt(0);
    ObjectNode message;
    synchronized (lock) {
      ObjectNode e = topicError(chat, thread);
      if (e != null) {
        answer(x, 400, e);
        return;
      }
      // The file is its own part, either "document" itself or the part "attach://<name>" points to.
      String field = "document";
      String value = body.path("document").asText("");
      if (value.startsWith("attach://")) {
        field = value.substring("attach://".length());
      }
      documents.add(new Document(chat, thread, body.path(field + "_filename").asText(""), body.path(field).asText(""),
          body.path("caption").asText(null)));
      message = JSON.createObjectNode().put("message_id", nextMessageId++).put("date", System.currentTimeMillis() / 1000);
      message.putObject("chat").put("id", chat).put("type", chat < 0 ? "supergroup" : "private");
      message.putObject("document").put("file_id", "doc" + nextMessageId).put("file_unique_id", "d" + nextMessageId);
      lock.notifyAll();
    }
    answer(x, 200, ok(message));
  }

  private void createTopic(HttpExchange x, JsonNode body) throws IOException {
    long chat = body.path("chat_id").asLong();
    String name = body.path("name").asText("");
    int thread;
    synchronized (lock) {
      thread = nextThread++;
      topics.computeIfAbsent(chat, c -> new java.util.LinkedHashMap<>()).put(thread, new Topic(chat, thread, name, false, false));
      lock.notifyAll();
    }
    answer(x, 200, ok(JSON.createObjectNode().put("message_thread_id", thread).put("name", name).put("icon_color", 7322096)));
  }

  private void editTopic(HttpExchange x, String method, JsonNode body) throws IOException {
    long chat = body.path("chat_id").asLong();
    int thread = body.path("message_thread_id").asInt(0);
    synchronized (lock) {
      Topic t = topics.getOrDefault(chat, Map.of()).get(thread);
      if (t == null || t.deleted()) {
        answer(x, 400, error(400, "Bad Request: TOPIC_ID_INVALID"));
        return;
      }
      Topic changed = switch (method) {
        case "editforumtopic" -> new Topic(chat, thread, body.path("name").asText(t.name()), t.closed(), false);
        case "reopenforumtopic" -> new Topic(chat, thread, t.name(), false, false);
        default -> new Topic(chat, thread, t.name(), true, false);
      };
      if (changed.equals(t)) {
        answer(x, 400, error(400, "Bad Request: TOPIC_NOT_MODIFIED"));
        return;
      }
      topics.get(chat).put(thread, changed);
      lock.notifyAll();
    }
    answer(x, 200, ok(JSON.getNodeFactory().booleanNode(true)));
  }

  private void sendMessage(HttpExchange x, JsonNode body) throws IOException {
    long chat = body.path("chat_id").asLong();
    int thread = body.path("message_thread_id").asInt(0);
    long now = System.nanoTime();
    ObjectNode message;
    synchronized (lock) {
      ObjectNode topicError = topicError(chat, thread);
      if (topicError != null) {
        answer(x, 400, topicError);
        return;
      }
      Limits l = limits;
      if (overLimit(l, chat, now)) {
        rejected429++;
        lock.notifyAll();
        ObjectNode e = error(429, "Too Many Requests: retry after 1");
        e.putObject("parameters").put("retry_after", 1);
        answer(x, 429, e);
        return;
      }
      String text = body.path("text").asText("");
      JsonNode markup = body.path("reply_markup");
      if (markup.isTextual()) {
        try {
          markup = JSON.readTree(markup.asText());
        } catch (IOException e) {
          markup = JSON.missingNode();
        }
      }
      sentCount++;
      if (keepSent) {
        sent.add(new Sent(chat, text, body.path("parse_mode").asText(null), markup, System.currentTimeMillis(), thread));
      }
      message = JSON.createObjectNode().put("message_id", nextMessageId++).put("date", System.currentTimeMillis() / 1000).put("text", text);
      message.putObject("chat").put("id", chat).put("type", chat < 0 ? "supergroup" : "private");
      lock.notifyAll();
    }
    answer(x, 200, ok(message));
  }

  /** Whether one more message now would break the limits; if not, it is counted. */
  private boolean overLimit(Limits l, long chat, long now) {
    if (l.perSecond() > 0) {
      trim(globalWindow, now - TimeUnit.SECONDS.toNanos(1));
      if (globalWindow.size() >= l.perSecond()) {
        return true;
      }
    }
    Deque<Long> w = chatWindows.computeIfAbsent(chat, c -> new ArrayDeque<>());
    int max = chat < 0 ? l.perGroupPerMinute() : l.perChatPerSecond();
    if (max > 0) {
      trim(w, now - (chat < 0 ? TimeUnit.MINUTES.toNanos(1) : TimeUnit.SECONDS.toNanos(1)));
      if (w.size() >= max) {
        return true;
      }
    }
    globalWindow.addLast(now);
    w.addLast(now);
    return false;
  }

  private static void trim(Deque<Long> window, long from) {
    while (!window.isEmpty() && window.peekFirst() <= from) {
      window.pollFirst();
    }
  }

  private void inject(HttpExchange x, Fault f) throws IOException {
    if (f instanceof TooManyRequests t) {
      ObjectNode e = error(429, "Too Many Requests: retry after " + t.retryAfter());
      e.putObject("parameters").put("retry_after", t.retryAfter());
      answer(x, 429, e);
    } else if (f instanceof ErrorAnswer e) {
      answer(x, e.code(), error(e.code(), e.description()));
    } else if (f instanceof Hang h) {
      try {
        synchronized (lock) {
          long end = System.nanoTime() + h.hold().toNanos();
          while (!closed && System.nanoTime() < end) {
            TimeUnit.NANOSECONDS.timedWait(lock, end - System.nanoTime());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      x.close();
    } else {
      x.close();
    }
  }

  private static JsonNode parse(HttpExchange x, byte[] raw) {
    String type = Optional.ofNullable(x.getRequestHeaders().getFirst("Content-Type")).orElse("");
    String text = new String(raw, StandardCharsets.UTF_8);
    try {
      if (type.startsWith("application/json")) {
        return JSON.readTree(text);
      }
      ObjectNode out = JSON.createObjectNode();
      if (type.startsWith("multipart/form-data")) {
        // Each part: headers (name="field", for a file also filename="..."), a blank line, the value.
        String boundary = type.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        for (String part : text.split("--" + Pattern.quote(boundary))) {
          int blank = part.indexOf("\r\n\r\n");
          if (blank < 0) {
            continue;
          }
          String head = part.substring(0, blank);
          String value = part.substring(blank + 4);
          if (value.endsWith("\r\n")) {
            value = value.substring(0, value.length() - 2);
          }
          Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(head);
          if (name.find()) {
            out.put(name.group(1), value);
            Matcher file = Pattern.compile("filename=\"([^\"]*)\"").matcher(head);
            if (file.find()) {
              out.put(name.group(1) + "_filename", file.group(1));
            }
          }
        }
      } else {
        for (String pair : text.split("&")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          }
        }
      }
      return out;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static ObjectNode ok(JsonNode result) {
    ObjectNode o = JSON.createObjectNode().put("ok", true);
    o.set("result", result);
    return o;
  }

  private static ObjectNode error(int code, String description) {
    return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
  }

  private static void answer(HttpExchange x, int status, JsonNode body) throws IOException {
    byte[] b = JSON.writeValueAsBytes(body);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      lock.notifyAll();
    }
    server.stop(0);
    pool.shutdownNow();
  }
}
