package io.frontline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: one /healthz turned 503 when Telegram was out of reach, so an orchestrator restarted
 * or unrouted a healthy instance. /readyz fails only on what the instance itself cannot serve
 * without; /livez only when the process does not answer.
 */
class HealthServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(InetSocketAddress at, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at.getPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void telegramOutOfReachIsShownByReadyzWithoutFailingIt() throws Exception {
    Map<String, Supplier<HealthServer.Check>> checks = new LinkedHashMap<>();
    checks.put("store", () -> HealthServer.Check.ok("writes"));
    checks.put("telegram", () -> HealthServer.Check.failed("no successful call for 5 minutes"));
    try (HealthServer h = HealthServer.start(
        new InetSocketAddress("127.0.0.1", 0), checks, Set.of("telegram"), () -> "", Executors.newSingleThreadExecutor())) {
      assertThat(get(h.address(), "/healthz").statusCode()).isEqualTo(503);
      HttpResponse<String> ready = get(h.address(), "/readyz");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\":\"up\"").contains("\"telegram\":{\"ok\":false").contains("\"advisory\":true");
      assertThat(get(h.address(), "/livez").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aStoreThatCannotWriteFailsReadinessButNotLiveness() throws Exception {
    Map<String, Supplier<HealthServer.Check>> checks = new LinkedHashMap<>();
    checks.put("store", () -> HealthServer.Check.failed("the store did not take a write within 3 s"));
    checks.put("telegram", () -> HealthServer.Check.ok("fine"));
    try (HealthServer h = HealthServer.start(
        new InetSocketAddress("127.0.0.1", 0), checks, Set.of("telegram"), () -> "", Executors.newSingleThreadExecutor())) {
      assertThat(get(h.address(), "/readyz").statusCode()).isEqualTo(503);
      assertThat(get(h.address(), "/livez").statusCode()).isEqualTo(200);
    }
  }
}
