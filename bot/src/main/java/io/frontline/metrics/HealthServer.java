package io.frontline.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP endpoint for whoever runs the bot:
 * <ul>
 *   <li>{@code GET /healthz}: 200 when every check passes and 503 when one fails, with each check's
 *       result as JSON ({@code {"status":"up","checks":{"store":{"ok":true,"detail":"..."},...}}});
 *   <li>{@code GET /readyz}: the same JSON, but only the checks that make the bot unable to serve
 *       decide the status; an <em>advisory</em> one (Telegram out of reach: another instance cannot
 *       do better) is shown and does not make it 503, so a load balancer does not unroute every
 *       instance at once, nor an orchestrator restart a healthy one;
 *   <li>{@code GET /livez}: 200 while the process answers at all (what a restart can fix);
 *   <li>{@code GET /metrics}: the Prometheus text format.
 * </ul>
 * Nothing else is served. It shows no client data, but put it
 * on an address only your monitoring reaches (HEALTH_LISTEN).
 */
public final class HealthServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HealthServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One health check's answer. */
  public record Check(boolean ok, String detail) {
    public static Check ok(String detail) {
      return new Check(true, detail);
    }

    public static Check failed(String detail) {
      return new Check(false, detail);
    }
  }

  private final HttpServer server;
  private final Map<String, Supplier<Check>> checks;
  private final java.util.Set<String> advisory;
  private final Supplier<String> metrics;
  private final ExecutorService executor;

  private HealthServer(
      HttpServer server, Map<String, Supplier<Check>> checks, java.util.Set<String> advisory, Supplier<String> metrics,
      ExecutorService executor) {
    this.server = server;
    this.checks = checks;
    this.advisory = java.util.Set.copyOf(advisory);
    this.metrics = metrics;
    this.executor = executor;
  }

  /**
   * Listens on {@code listen} (port 0: any free port; see {@link #address}).
   *
   * @param checks by name, in the order the JSON lists them; a check that throws counts as failed
   */
  public static HealthServer start(
      InetSocketAddress listen, Map<String, Supplier<Check>> checks, Supplier<String> metrics, ExecutorService executor)
      throws IOException {
    return start(listen, checks, java.util.Set.of(), metrics, executor);
  }

  /**
   * @param advisory the checks {@code /readyz} shows without failing on them
   */
  public static HealthServer start(
      InetSocketAddress listen, Map<String, Supplier<Check>> checks, java.util.Set<String> advisory,
      Supplier<String> metrics, ExecutorService executor)
      throws IOException {
    HttpServer server = HttpServer.create(listen, 16);
    HealthServer h = new HealthServer(server, new LinkedHashMap<>(checks), advisory, metrics, executor);
    server.createContext("/", h::handle);
    server.setExecutor(executor);
    server.start();
    LOG.info("health and metrics on http://{}/healthz and /metrics", h.address());
    return h;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      if (!"GET".equals(x.getRequestMethod()) && !"HEAD".equals(x.getRequestMethod())) {
        send(x, 405, "text/plain", "GET only\n");
        return;
      }
      switch (x.getRequestURI().getPath()) {
        case "/healthz" -> health(x, false);
        case "/readyz" -> health(x, true);
        case "/livez" -> send(x, 200, "text/plain", "alive\n");
        case "/metrics" -> send(x, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get());
        default -> send(x, 404, "text/plain", "/healthz, /readyz, /livez or /metrics\n");
      }
    } catch (RuntimeException e) {
      LOG.warn("health endpoint: {}", e.toString());
    }
  }

  /** @param ready whether advisory checks are left out of the status (/readyz) */
  private void health(HttpExchange x, boolean ready) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode results = JSON.createObjectNode();
    boolean up = true;
    for (Map.Entry<String, Supplier<Check>> c : checks.entrySet()) {
      Check r;
      try {
        r = c.getValue().get();
      } catch (RuntimeException e) {
        r = Check.failed(e.toString());
      }
      boolean counts = !(ready && advisory.contains(c.getKey()));
      up &= r.ok() || !counts;
      ObjectNode result = results.putObject(c.getKey()).put("ok", r.ok()).put("detail", r.detail());
      if (!counts) {
        result.put("advisory", true);
      }
    }
    body.put("status", up ? "up" : "down");
    body.set("checks", results);
    send(x, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(x.getRequestMethod());
    x.sendResponseHeaders(status, head ? -1 : b.length);
    if (!head) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(b);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
