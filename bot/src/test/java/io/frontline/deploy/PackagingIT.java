package io.frontline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.telegram.FakeBotApi;
import io.frontline.telegram.TestBot;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar starts with the environment the Dockerfile sets (its ENV lines, read from the file) and
 * answers /healthz. Only what a container changes is changed: the paths inside the image point at
 * the sample knowledge and a temporary data folder, the health port is any free one on loopback,
 * and Telegram is a local Bot API server.
 */
class PackagingIT {

  static final Path JAR = Path.of("target/frontline.jar");

  @TempDir Path data;

  @Test
  void theJarStartsWithTheContainersEnvironmentAndAnswersHealthz() throws Exception {
    Map<String, String> env = PackagingTest.dockerEnv();
    try (FakeBotApi api = new FakeBotApi(TestBot.TOKEN)) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      command.addAll(Arrays.asList(env.getOrDefault("JAVA_OPTS", "").trim().split("\\s+")));
      command.addAll(List.of("-jar", JAR.toString(), "run"));
      ProcessBuilder pb = new ProcessBuilder(command.stream().filter(s -> !s.isEmpty()).toList());
      pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("WEBHOOK_")
          || k.equals("DATABASE_URL") || k.equals("STAFF_CHAT_ID"));
      pb.environment().putAll(env);
      assertThat(env.get("KNOWLEDGE_DIR")).isEqualTo("/app/knowledge");
      pb.environment().put("KNOWLEDGE_DIR", TestBot.KNOWLEDGE.toString());
      pb.environment().put("DATA_DIR", data.toString());
      pb.environment().put("HEALTH_LISTEN", "127.0.0.1:0");
      pb.environment().put("TELEGRAM_BOT_TOKEN", TestBot.TOKEN);
      pb.environment().put("TELEGRAM_API_URL", api.url().toString());
      Process process = pb.start();
      try {
        CompletableFuture<String> healthUrl = new CompletableFuture<>();
        List<String> output = new ArrayList<>();
        read(process.getInputStream(), output, healthUrl);
        read(process.getErrorStream(), output, healthUrl);
        String url = healthUrl.get(120, TimeUnit.SECONDS);
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"up\"");
        assertThat(output).as("LOG_LEVEL=INFO from the image is in force")
            .anySatisfy(l -> assertThat(l).contains("INFO"));
      } finally {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
  }

  private static void read(InputStream in, List<String> output, CompletableFuture<String> healthUrl) {
    Pattern health = Pattern.compile("health: (http://\\S+/healthz)");
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  synchronized (output) {
                    output.add(line);
                  }
                  Matcher m = health.matcher(line);
                  if (m.find()) {
                    healthUrl.complete(m.group(1));
                  }
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
              healthUrl.completeExceptionally(new AssertionError("no health URL in the output: " + output));
            });
    t.setDaemon(true);
    t.start();
  }
}
