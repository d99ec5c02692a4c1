package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 3: the webhook ran on four threads with no read timeout, so four connections
 * that sent a few bytes and then nothing (slowloris) held every thread, and Telegram's updates
 * waited. Now slow connections are cut, and Telegram's update is answered meanwhile.
 */
class SlowClientsTest {

  static final String SECRET = "s3cret_Token-for-tests";

  @TempDir Path dir;

  @Test
  void connectionsThatSendHalfARequestDoNotHoldTelegramsUpdates() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN);
        TestBot bot = TestBot.webhook(api.url(), dir, SECRET, TestBot.fast())) {
      int port = bot.bot.webhookAddress().orElseThrow().getPort();
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 32; i++) {
          Socket s = new Socket("127.0.0.1", port);
          OutputStream out = s.getOutputStream();
          if (i % 2 == 0) {
            out.write("POST /telegram/hook HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
          } else {
            out.write(("POST /telegram/hook HTTP/1.1\r\nHost: x\r\n" + WebhookServer.SECRET_HEADER + ": " + SECRET
                + "\r\nContent-Length: 1000\r\n\r\n{\"update_id\":").getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
          slow.add(s);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/hook"))
            .timeout(Duration.ofSeconds(20))
            .header(WebhookServer.SECRET_HEADER, SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(WebhookTest.update(5001, 903, "hello")))
            .build();
        assertThat(http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(api.await(() -> api.sentTo(903).size() == 1, Duration.ofSeconds(30))).isTrue();
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }
}
