package io.frontline.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * An OpenAI-compatible server on loopback (POST /v1/chat/completions), so the real
 * langchain4j-open-ai client is driven through its base URL. Each request takes the next reply
 * from a script; a reply can be a chat completion (text or tool calls), an HTTP error, or a hang.
 */
final class FakeOpenAi implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** What the server does with one request. */
  interface Reply {
    void send(HttpExchange exchange, JsonNode request) throws IOException;
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  /** Hanging replies wait on this; closing the server releases them. */
  private final CountDownLatch release = new CountDownLatch(1);
  private Function<JsonNode, Reply> whenEmpty = r -> error(500, "the script has no step left");

  FakeOpenAi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  synchronized FakeOpenAi then(Reply reply) {
    script.add(reply);
    return this;
  }

  /** What to answer once the script is used up (a model that always behaves the same). */
  synchronized FakeOpenAi otherwise(Function<JsonNode, Reply> replies) {
    whenEmpty = replies;
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      JsonNode request = JSON.readTree(ex.getRequestBody().readAllBytes());
      requests.add(request);
      Reply r;
      synchronized (this) {
        r = script.isEmpty() ? whenEmpty.apply(request) : script.poll();
      }
      r.send(ex, request);
    }
  }

  // ---- replies ----

  /** The model answers with text (e.g. a decision as JSON). */
  static Reply content(String text) {
    return (ex, req) -> {
      ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", text);
      completion(ex, message, "stop");
    };
  }

  static Reply decision(String action, String reply, List<String> ids, String partner, String staff) {
    return content(ScriptedChatModel.json(action, reply, ids, partner, staff));
  }

  /** The model calls a tool; {@code arguments} is sent as is, valid JSON or not. */
  static Reply toolCall(String name, String arguments) {
    return (ex, req) -> {
      ObjectNode message = JSON.createObjectNode().put("role", "assistant");
      message.putNull("content");
      ArrayNode calls = message.putArray("tool_calls");
      ObjectNode call = calls.addObject().put("id", "call_" + System.nanoTime()).put("type", "function");
      call.putObject("function").put("name", name).put("arguments", arguments);
      completion(ex, message, "tool_calls");
    };
  }

  static Reply error(int status, String message) {
    return (ex, req) -> {
      ObjectNode body = JSON.createObjectNode();
      body.putObject("error").put("message", message).put("type", status == 429 ? "rate_limit_exceeded" : "server_error");
      send(ex, status, body);
    };
  }

  /** Answers nothing until the server closes: the client's timeout must end the call. */
  Reply hang() {
    return (ex, req) -> {
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private static void completion(HttpExchange ex, ObjectNode message, String finish) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 0).put("model", "fake");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", finish);
    body.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 50).put("total_tokens", 1050);
    send(ex, 200, body);
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The text of the last user message in an OpenAI request. */
  static String lastUser(JsonNode request) {
    JsonNode messages = request.get("messages");
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode m = messages.get(i);
      if ("user".equals(m.path("role").asText())) {
        JsonNode c = m.get("content");
        return c.isTextual() ? c.asText() : c.toString();
      }
    }
    return "";
  }

  static String asText(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
