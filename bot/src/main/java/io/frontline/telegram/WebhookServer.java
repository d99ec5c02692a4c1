package io.frontline.telegram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook: Telegram POSTs each update to us. Every request must carry the secret we gave
 * Telegram in {@code X-Telegram-Bot-Api-Secret-Token}; without it (or with a wrong one) the answer
 * is 401 and nothing is read or journaled (refusals are counted, and logged at most once a
 * minute). With it, the update is journaled and only then answered 200; if the journal cannot take
 * it the answer is 500, and Telegram sends it again later. What is no update is 400; an update that
 * cannot be read or used is journaled as rejected by the {@link Intake} and answered 200.
 *
 * <p>Slow or idle connections cost no thread: Jetty parses the request and reads the body without
 * blocking one, a connection silent for {@link #IDLE} is closed, and at most
 * {@link #MAX_CONNECTIONS} are open at once. Only a whole body reaches {@code journal}, the
 * executor that writes it to the store.
 */
final class WebhookServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Telegram's updates are small; anything bigger is not one. */
  private static final int MAX_BODY = 1 << 20;

  /** A connection that sends nothing for this long is closed. */
  static final Duration IDLE = Duration.ofSeconds(10);

  /** Telegram opens up to 100 (setWebhook's max_connections, 40 by default). */
  static final int MAX_CONNECTIONS = 512;

  private final InetSocketAddress listen;
  private final String path;
  private final byte[] secret;
  private final Intake intake;
  private final Executor journal;
  private final AtomicLong refused = new AtomicLong();
  private final ThrottledLog refusals = new ThrottledLog(LOG, Duration.ofMinutes(1));
  private Server server;
  private ServerConnector connector;

  /**
   * @param journal where a received update is journaled (a store write); bounded
   */
  WebhookServer(InetSocketAddress listen, String path, String secret, Intake intake, Executor journal) {
    this.listen = listen;
    this.path = path.isEmpty() ? "/" : path;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.intake = intake;
    this.journal = journal;
  }

  void start() throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("frontline-webhook-io");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(8 * 1024);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(listen.getHostString());
    connector.setPort(listen.getPort());
    connector.setIdleTimeout(IDLE.toMillis());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(new Hook());
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new IOException("cannot listen on " + listen + ": " + e.getMessage(), e);
    }
    LOG.info("webhook listening on {} at {}", address(), path);
  }

  /** Where it listens (the real port when 0 was asked for). */
  InetSocketAddress address() {
    return new InetSocketAddress(listen.getAddress(), connector.getLocalPort());
  }

  /** Calls refused for a missing or wrong secret. */
  long refused() {
    return refused.get();
  }

  private final class Hook extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      if (!path.equals(request.getHttpURI().getPath())) {
        respond(response, callback, 404, "not found");
        return true;
      }
      if (!"POST".equals(request.getMethod())) {
        respond(response, callback, 405, "POST only");
        return true;
      }
      String given = request.getHeaders().get(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        refused.incrementAndGet();
        refusals.warn("webhook: a request from {} without the right secret was refused", Request.getRemoteAddr(request));
        respond(response, callback, 401, "unauthorized");
        return true;
      }
      if (request.getLength() > MAX_BODY) {
        respond(response, callback, 413, "too large");
        return true;
      }
      Content.Source.asByteArrayAsync(request, MAX_BODY)
          .whenComplete((body, failure) -> {
            if (failure != null) {
              respond(response, callback, request.getLength() > MAX_BODY ? 413 : 400, "cannot read the body");
              return;
            }
            try {
              journal.execute(() -> receive(new String(body, StandardCharsets.UTF_8), response, callback));
            } catch (RejectedExecutionException stopping) {
              respond(response, callback, 503, "stopping");
            }
          });
      return true;
    }
  }

  private void receive(String raw, Response response, Callback callback) {
    OptionalLong id;
    try {
      id = intake.accept(List.of(raw));
    } catch (RuntimeException e) {
      LOG.error("webhook: the update could not be journaled ({}); Telegram will send it again", e.toString());
      respond(response, callback, 500, "try again");
      return;
    }
    // Not JSON, or no update_id: not an update. One that is but cannot be read or used was
    // journaled as rejected by the intake and is answered 200: Telegram must not send it again.
    respond(response, callback, id.isPresent() ? 200 : 400, id.isPresent() ? "" : "not an update");
  }

  private static void respond(Response response, Callback callback, int status, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    Content.Sink.write(response, true, text, callback);
  }

  @Override
  public void close() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        LOG.debug("stopping the webhook server: {}", e.toString());
      }
    }
  }
}
