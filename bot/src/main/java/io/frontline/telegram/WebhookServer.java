package io.frontline.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook: Telegram POSTs each update to us. Every request must carry the secret we gave
 * Telegram in {@code X-Telegram-Bot-Api-Secret-Token}; without it (or with a wrong one) the answer
 * is 401 and nothing is read or journaled. With it, the update is journaled and only then answered
 * 200; if the journal cannot take it the answer is 500, and Telegram sends it again later.
 */
final class WebhookServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Telegram's updates are small; anything bigger is not one. */
  private static final int MAX_BODY = 1 << 20;

  private final InetSocketAddress listen;
  private final String path;
  private final byte[] secret;
  private final Intake intake;
  private final Executor executor;
  private final AtomicLong refused = new AtomicLong();
  private final ThrottledLog refusals = new ThrottledLog(LOG, Duration.ofMinutes(1));
  private HttpServer server;

  WebhookServer(InetSocketAddress listen, String path, String secret, Intake intake, Executor executor) {
    this.listen = listen;
    this.path = path.isEmpty() ? "/" : path;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.intake = intake;
    this.executor = executor;
  }

  void start() throws IOException {
    // Answer at once rather than after the peer's delayed ACK (the JDK server's default waits).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    server = HttpServer.create(listen, 128);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
    LOG.info("webhook listening on {} at {}", address(), path);
  }

  /** Calls refused for a missing or wrong secret. */
  long refused() {
    return refused.get();
  }

  /** Where it listens (the real port when 0 was asked for). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      if (!x.getRequestURI().getPath().equals(path)) {
        respond(x, 404, "not found");
        return;
      }
      if (!"POST".equals(x.getRequestMethod())) {
        respond(x, 405, "POST only");
        return;
      }
      String given = x.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        refused.incrementAndGet();
        refusals.warn("webhook: a request from {} without the right secret was refused", x.getRemoteAddress().getAddress());
        respond(x, 401, "unauthorized");
        return;
      }
      byte[] body;
      try (InputStream in = x.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        respond(x, 413, "too large");
        return;
      }
      String raw = new String(body, StandardCharsets.UTF_8);
      // Not JSON, or no update_id: not an update. One that is but cannot be read or used is
      // journaled as rejected by the intake and answered 200: Telegram must not send it again.
      if (RawUpdates.updateId(raw).isEmpty()) {
        respond(x, 400, "not an update");
        return;
      }
      try {
        intake.accept(List.of(raw));
      } catch (RuntimeException e) {
        LOG.error("webhook: the update could not be journaled ({}); Telegram will send it again", e.toString());
        respond(x, 500, "try again");
        return;
      }
      respond(x, 200, "");
    }
  }

  private static void respond(HttpExchange x, int status, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
