package io.frontline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaging cannot be built here (no Docker engine), so what can be checked is checked: the
 * files exist, run the real jar, set only settings the bot reads, and the guides exist, link only
 * to files that exist, and are linked from the README.
 */
class PackagingTest {

  static final Path ROOT = Path.of("..");
  static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
  static final List<String> GUIDES =
      List.of("botfather.md", "staff-group.md", "writing-knowledge.md", "llm-provider.md", "several-instances.md", "privacy.md",
          "backup.md", "running.md");

  /** What the files may set besides Config.NAMES: the log level and the JVM's options. */
  static final Set<String> ALSO_READ = Set.of("LOG_LEVEL", "JAVA_OPTS");

  /** The Dockerfile's ENV settings, in order (the values the container starts with). */
  static Map<String, String> dockerEnv() throws IOException {
    String text = Files.readString(DOCKERFILE).replace("\\\n", " ");
    Map<String, String> env = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^ENV\\s+(.+)$").matcher(text);
    while (line.find()) {
      Matcher kv = Pattern.compile("([A-Z_]+)=(\"[^\"]*\"|\\S+)").matcher(line.group(1));
      while (kv.find()) {
        env.put(kv.group(1), kv.group(2).replaceAll("^\"|\"$", ""));
      }
    }
    return env;
  }

  @Test
  void theDockerfileBuildsInStagesAndRunsTheJarAsAnUnprivilegedUserWithADataVolume() throws IOException {
    String d = Files.readString(DOCKERFILE);
    assertThat(Pattern.compile("(?m)^FROM ").matcher(d).results().count()).as("multi-stage").isGreaterThanOrEqualTo(2);
    assertThat(d).contains("mvn").contains("/src/bot/target/frontline.jar").contains("-jar /app/frontline.jar");
    assertThat(d).containsPattern("(?m)^USER frontline").containsPattern("(?m)^VOLUME /data").contains("HEALTHCHECK");
    assertThat(d).contains("eclipse-temurin:17-jre");
    Map<String, String> env = dockerEnv();
    assertThat(env).containsEntry("DATA_DIR", "/data").containsKeys("KNOWLEDGE_DIR", "HEALTH_LISTEN");
    assertThat(env.keySet()).allSatisfy(n -> assertThat(Config.NAMES.contains(n) || ALSO_READ.contains(n)).as(n).isTrue());
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("target");
  }

  @Test
  void composeRunsTwoWebhookInstancesOnPostgresBehindAProxyWithNamesTheBotReads() throws IOException {
    String c = Files.readString(ROOT.resolve("compose.yaml"));
    assertThat(c).contains("image: postgres:").contains("bot1:").contains("bot2:").contains("image: caddy:");
    assertThat(c).contains("DATABASE_URL: postgres://").contains("WEBHOOK_URL: https://").contains("WEBHOOK_SECRET:");
    Set<String> botNames = new TreeSet<>();
    String bot = c.substring(c.indexOf("x-bot:"), c.indexOf("services:"));
    Matcher m = Pattern.compile("(?m)^    ([A-Z_]+):").matcher(bot);
    while (m.find()) {
      botNames.add(m.group(1));
    }
    assertThat(botNames).contains("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "WEBHOOK_URL", "HEALTH_LISTEN", "STAFF_CHAT_ID");
    assertThat(botNames).allSatisfy(n -> assertThat(Config.NAMES.contains(n) || ALSO_READ.contains(n)).as(n).isTrue());
    String caddy = Files.readString(ROOT.resolve("deploy/Caddyfile"));
    assertThat(caddy).contains("bot1:8080").contains("bot2:8080").contains("health_uri /readyz");
  }

  @Test
  void theSystemdUnitRunsTheJarWithSettingsTheBotReads() throws IOException {
    String u = Files.readString(ROOT.resolve("deploy/frontline.service"));
    assertThat(u).contains("[Service]").contains("User=frontline").containsPattern("ExecStart=.*-jar \\S*frontline\\.jar run");
    Matcher m = Pattern.compile("(?m)^Environment=([A-Z_]+)=").matcher(u);
    int n = 0;
    while (m.find()) {
      n++;
      assertThat(Config.NAMES.contains(m.group(1)) || ALSO_READ.contains(m.group(1))).as(m.group(1)).isTrue();
    }
    assertThat(n).isPositive();
  }

  @Test
  void theGuidesExistLinkOnlyToFilesThatExistAndTheReadmeLinksThemAll() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String g : GUIDES) {
      Path guide = ROOT.resolve("docs").resolve(g);
      assertThat(guide).exists();
      assertThat(readme).as("README links " + g).contains("(docs/" + g + ")");
      Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(guide));
      while (link.find()) {
        assertThat(guide.getParent().resolve(link.group(1))).as(g + " links " + link.group(1)).exists();
      }
    }
    for (String f : List.of("Dockerfile", "compose.yaml", "deploy/frontline.service")) {
      assertThat(readme).as("README links " + f).contains("(" + f + ")");
    }
    // The LLM guide uses the names LLM mode reads (issue 6).
    String llm = Files.readString(ROOT.resolve("docs/llm-provider.md"));
    assertThat(llm).contains("LLM_PROVIDER", "LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL", "LLM_TIMEOUT");
    // Every setting the bot reads is in the README's table.
    for (String name : Config.NAMES) {
      assertThat(readme).as("README documents " + name).contains("`" + name + "`");
    }
  }

  @Test
  void theMetricsTheGuideListsAreTheOnesTheBotServes() throws IOException {
    String running = Files.readString(ROOT.resolve("docs/running.md"));
    try (Stream<String> names = io.frontline.metrics.BotMetrics.SERIES.stream()) {
      names.map(s -> s.replace("_seconds_count", "_seconds")).forEach(s -> assertThat(running).as(s).contains(s));
    }
  }
}
