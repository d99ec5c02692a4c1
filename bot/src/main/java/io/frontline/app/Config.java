package io.frontline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.llm.LlmSettings;
import io.frontline.llm.Provider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code frontline run} is set up: environment variables, over an optional YAML file
 * ({@code --config FILE}) whose keys are the same names (upper or lower case), over the defaults.
 * Immutable; every default is here.
 *
 * <pre>
 * TELEGRAM_BOT_TOKEN  the bot's token from @BotFather (required)
 * TELEGRAM_API_URL    the Bot API's base URL            (https://api.telegram.org)
 * KNOWLEDGE_DIR       the company's knowledge           (./knowledge)
 * PROMPTS_DIR         an edited copy of prompts/        (the copy in the jar)
 * DATA_DIR            where the SQLite database lives   (./data)
 * DATABASE_URL        PostgreSQL instead of SQLite      (none)
 * WEBHOOK_URL         the public https URL Telegram posts updates to; set = webhook mode
 * WEBHOOK_SECRET      the secret_token every webhook request must carry (required with WEBHOOK_URL)
 * WEBHOOK_LISTEN      host:port the webhook server listens on (0.0.0.0:8080)
 * STAFF_CHAT_ID       the staff supergroup (topics on) where people take over; none = direct mode
 * HANDOFF_ANSWER_MINUTES  minutes of a person's hours before a reminder, as many again before the backup (15)
 * HEALTH_LISTEN       host:port of /healthz and /metrics, or "off" (0.0.0.0:9090)
 * KNOWLEDGE_WATCH     "off" stops reloading the knowledge when its files change (on)
 * LLM_PROVIDER        none | openai | ollama | anthropic | gemini (none: no model)
 * LLM_BASE_URL        the model service's URL (an OpenAI-compatible server, a remote Ollama)
 * LLM_API_KEY         the provider's API key
 * LLM_MODEL           the provider's model name (required with a provider)
 * LLM_TIMEOUT         seconds one model call may take (20)
 * LLM_RETRIES         retries of a failed model call (1)
 * LLM_DEADLINE        seconds the model may take for one client message, then the core answers (30)
 * RETENTION_DAYS      days the transcript, decisions and update payloads are kept (365)
 * X_FILE              for X a secret (TELEGRAM_BOT_TOKEN, WEBHOOK_SECRET, DATABASE_URL, LLM_API_KEY):
 *                     a file whose content is X (Docker and Kubernetes secrets)
 * </pre>
 */
public record Config(
    Optional<String> token,
    URI apiUrl,
    Path knowledgeDir,
    Optional<Path> promptsDir,
    Path dataDir,
    Optional<String> databaseUrl,
    Optional<URI> webhookUrl,
    Optional<String> webhookSecret,
    InetSocketAddress webhookListen,
    Optional<Long> staffChatId,
    java.time.Duration handoffAnswerWithin,
    Optional<InetSocketAddress> healthListen,
    boolean watchKnowledge,
    LlmSettings llm,
    java.time.Duration retention) {

  /** Every name {@code frontline run} reads, in the order the README lists them. */
  public static final List<String> NAMES =
      List.of(
          "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "KNOWLEDGE_DIR", "PROMPTS_DIR", "DATA_DIR", "DATABASE_URL",
          "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_LISTEN", "STAFF_CHAT_ID", "HANDOFF_ANSWER_MINUTES",
          "HEALTH_LISTEN", "KNOWLEDGE_WATCH", "LLM_PROVIDER", "LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL", "LLM_TIMEOUT",
          "LLM_RETRIES", "LLM_DEADLINE", "RETENTION_DAYS", "TELEGRAM_BOT_TOKEN_FILE", "WEBHOOK_SECRET_FILE",
          "DATABASE_URL_FILE", "LLM_API_KEY_FILE");

  /**
   * The settings that may instead be read from a file named by {@code NAME_FILE} (how Docker and
   * Kubernetes hand over secrets): the file's content, stripped, is the value.
   */
  public static final List<String> SECRETS = List.of("TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET", "DATABASE_URL", "LLM_API_KEY");

  public static final String DEFAULT_API_URL = "https://api.telegram.org";
  public static final String DEFAULT_LISTEN = "0.0.0.0:8080";
  public static final String DEFAULT_HEALTH_LISTEN = "0.0.0.0:9090";

  /** The configuration is wrong; the message says which setting and how to fix it. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }

  /** What to tell someone who has no token yet. */
  public static final String MISSING_TOKEN =
      "TELEGRAM_BOT_TOKEN is not set.\n"
          + "To get one: in Telegram, open @BotFather, send /newbot, choose a name and a username;\n"
          + "BotFather answers with a token like 123456789:AAE... Then:\n"
          + "  export TELEGRAM_BOT_TOKEN=123456789:AAE...\n"
          + "  frontline run\n"
          + "(or put TELEGRAM_BOT_TOKEN in a YAML file and pass --config FILE).\n"
          + "To try the bot without Telegram, `frontline chat` needs no token.";

  /**
   * Reads the settings.
   *
   * @param env the environment (System.getenv() in production)
   * @param file a YAML file of NAME: value pairs, or empty
   * @throws ConfigException a value is malformed, the file cannot be read, or webhook settings
   *     are incomplete (a missing token is not an error here: see {@link #requireToken})
   */
  public static Config load(Map<String, String> env, Optional<Path> file) {
    Map<String, String> values = new HashMap<>();
    file.ifPresent(f -> values.putAll(readFile(f)));
    for (String name : NAMES) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        values.put(name, v.strip());
      }
    }
    readSecretFiles(values);
    Optional<String> webhookUrl = get(values, "WEBHOOK_URL");
    Optional<String> secret = get(values, "WEBHOOK_SECRET");
    if (webhookUrl.isPresent() && secret.isEmpty()) {
      throw new ConfigException(
          "WEBHOOK_URL is set but WEBHOOK_SECRET is not: the webhook only accepts requests that carry the "
              + "secret. Choose one (1-256 characters of A-Z a-z 0-9 _ -), e.g. export WEBHOOK_SECRET=$(openssl rand -hex 32)");
    }
    secret.ifPresent(
        s -> {
          if (!s.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ConfigException("WEBHOOK_SECRET may only have 1-256 characters of A-Z a-z 0-9 _ - (Telegram's rule)");
          }
        });
    return new Config(
        get(values, "TELEGRAM_BOT_TOKEN"),
        uri("TELEGRAM_API_URL", get(values, "TELEGRAM_API_URL").orElse(DEFAULT_API_URL)),
        Path.of(get(values, "KNOWLEDGE_DIR").orElse("knowledge")),
        get(values, "PROMPTS_DIR").map(Path::of),
        Path.of(get(values, "DATA_DIR").orElse("data")),
        get(values, "DATABASE_URL"),
        webhookUrl.map(u -> webhookUri(u)),
        secret,
        listen("WEBHOOK_LISTEN", get(values, "WEBHOOK_LISTEN").orElse(DEFAULT_LISTEN)),
        get(values, "STAFF_CHAT_ID").map(Config::staffChat),
        java.time.Duration.ofMinutes(minutes(get(values, "HANDOFF_ANSWER_MINUTES").orElse("15"))),
        Optional.of(get(values, "HEALTH_LISTEN").orElse(DEFAULT_HEALTH_LISTEN))
            .filter(v -> !off(v))
            .map(v -> listen("HEALTH_LISTEN", v)),
        !get(values, "KNOWLEDGE_WATCH").map(Config::off).orElse(false),
        llm(values),
        java.time.Duration.ofDays(days(get(values, "RETENTION_DAYS").orElse("365"))));
  }

  private static boolean off(String value) {
    return List.of("off", "false", "no", "0").contains(value.strip().toLowerCase(Locale.ROOT));
  }

  private static int days(String value) {
    try {
      int d = Integer.parseInt(value.strip());
      if (d < 1 || d > 36_500) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ConfigException("RETENTION_DAYS must be a whole number of days, 1-36500, was '" + value + "'");
    }
  }

  private static long staffChat(String value) {
    try {
      long id = Long.parseLong(value.strip());
      if (id >= 0) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "STAFF_CHAT_ID must be the staff supergroup's id, a negative number like -1001234567890, was '" + value
              + "'. Add the bot to the group (topics on, bot an admin who may manage topics); any message there"
              + " shows the id in the bot's log.");
    }
  }

  private static int minutes(String value) {
    try {
      int m = Integer.parseInt(value.strip());
      if (m < 1 || m > 24 * 60) {
        throw new NumberFormatException();
      }
      return m;
    } catch (NumberFormatException e) {
      throw new ConfigException("HANDOFF_ANSWER_MINUTES must be a whole number of minutes, 1-1440, was '" + value + "'");
    }
  }

  /**
   * The model settings alone, from the environment (what {@code frontline chat} and {@code frontline
   * test --llm} read).
   *
   * @throws ConfigException a value is malformed or a provider lacks what it needs
   */
  public static LlmSettings llm(Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    for (String name : NAMES) {
      String v = env.get(name);
      if (name.startsWith("LLM_") && v != null && !v.isBlank()) {
        values.put(name, v.strip());
      }
    }
    readSecretFiles(values);
    Optional<String> providerName = get(values, "LLM_PROVIDER");
    Provider provider =
        providerName
            .map(p -> Provider.fromKey(p).orElseThrow(() -> new ConfigException(
                "LLM_PROVIDER must be one of " + Provider.choices() + ", was '" + p + "'")))
            .orElse(Provider.NONE);
    Optional<String> baseUrl = get(values, "LLM_BASE_URL");
    baseUrl.ifPresent(u -> uri("LLM_BASE_URL", u));
    Optional<String> key = get(values, "LLM_API_KEY");
    Optional<String> model = get(values, "LLM_MODEL");
    if (provider != Provider.NONE && model.isEmpty()) {
      throw new ConfigException(
          "LLM_PROVIDER is " + provider.key() + " but LLM_MODEL is not set: name the model, e.g. "
              + switch (provider) {
                case OPENAI -> "gpt-4o-mini";
                case OLLAMA -> "llama3.1";
                case ANTHROPIC -> "claude-3-5-haiku-latest";
                case GEMINI -> "gemini-2.0-flash";
                case NONE -> "";
              });
    }
    boolean keyNeeded =
        provider == Provider.ANTHROPIC || provider == Provider.GEMINI || (provider == Provider.OPENAI && baseUrl.isEmpty());
    if (keyNeeded && key.isEmpty()) {
      throw new ConfigException(
          "LLM_PROVIDER is " + provider.key() + " but LLM_API_KEY is not set: the provider needs its API key"
              + (provider == Provider.OPENAI ? " (an OpenAI-compatible server at LLM_BASE_URL may not)" : ""));
    }
    return new LlmSettings(
        provider,
        baseUrl,
        key,
        model,
        seconds(values, "LLM_TIMEOUT", LlmSettings.DEFAULT_TIMEOUT),
        (int) number(values, "LLM_RETRIES", LlmSettings.DEFAULT_RETRIES, 0, 10),
        seconds(values, "LLM_DEADLINE", LlmSettings.DEFAULT_DEADLINE));
  }

  private static Duration seconds(Map<String, String> values, String name, Duration fallback) {
    return get(values, name)
        .map(v -> {
          try {
            double s = Double.parseDouble(v);
            if (!(s > 0) || s > 3_600) {
              throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(s * 1_000));
          } catch (NumberFormatException e) {
            throw new ConfigException(name + " is in seconds, more than 0 and at most 3600, e.g. 20; was '" + v + "'");
          }
        })
        .orElse(fallback);
  }

  private static long number(Map<String, String> values, String name, long fallback, long min, long max) {
    return get(values, name)
        .map(v -> {
          try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
              throw new NumberFormatException();
            }
            return n;
          } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", was '" + v + "'");
          }
        })
        .orElse(fallback);
  }

  /** The same settings with other knowledge and prompts folders (command-line options win). */
  public Config withSources(Path knowledge, Optional<Path> prompts) {
    return new Config(
        token, apiUrl, knowledge, prompts, dataDir, databaseUrl, webhookUrl, webhookSecret, webhookListen, staffChatId,
        handoffAnswerWithin, healthListen, watchKnowledge, llm, retention);
  }

  /** The token, or a {@link ConfigException} saying how to get one. */
  public String requireToken() {
    return token.orElseThrow(() -> new ConfigException(MISSING_TOKEN));
  }

  public boolean webhook() {
    return webhookUrl.isPresent();
  }

  /** What {@code io.frontline.store.Database#fromEnvironment} reads. */
  public Map<String, String> storeEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DATA_DIR", dataDir.toString());
    databaseUrl.ifPresent(u -> env.put("DATABASE_URL", u));
    return env;
  }

  /** Puts each {@code NAME_FILE}'s content in {@code values} as {@code NAME}. */
  private static void readSecretFiles(Map<String, String> values) {
    for (String name : SECRETS) {
      Optional<String> file = get(values, name + "_FILE");
      if (file.isEmpty()) {
        continue;
      }
      if (get(values, name).isPresent()) {
        throw new ConfigException(name + " and " + name + "_FILE are both set: keep one");
      }
      String content;
      try {
        content = Files.readString(Path.of(file.get())).strip();
      } catch (java.io.IOException | RuntimeException e) {
        throw new ConfigException(name + "_FILE: cannot read " + file.get() + " (" + e.getMessage() + ")");
      }
      if (content.isEmpty()) {
        throw new ConfigException(name + "_FILE: " + file.get() + " is empty");
      }
      values.put(name, content);
    }
  }

  private static Optional<String> get(Map<String, String> values, String name) {
    return Optional.ofNullable(values.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Map<String, String> readFile(Path f) {
    if (!Files.isRegularFile(f)) {
      throw new ConfigException("--config " + f + ": no such file");
    }
    Map<?, ?> map;
    try {
      map = new ObjectMapper(new YAMLFactory()).readValue(f.toFile(), Map.class);
    } catch (IOException e) {
      throw new ConfigException("--config " + f + ": not a YAML map of NAME: value (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    Map<String, String> out = new HashMap<>();
    if (map == null) {
      return out;
    }
    map.forEach(
        (k, v) -> {
          String name = String.valueOf(k).strip().toUpperCase(Locale.ROOT);
          if (!NAMES.contains(name)) {
            throw new ConfigException("--config " + f + ": unknown setting '" + k + "'; known: " + String.join(", ", NAMES));
          }
          if (v != null) {
            out.put(name, String.valueOf(v));
          }
        });
    return out;
  }

  private static URI uri(String name, String value) {
    try {
      URI u = new URI(value);
      if (u.getScheme() == null || u.getHost() == null) {
        throw new ConfigException(name + " must be a URL such as " + DEFAULT_API_URL + ", was '" + value + "'");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ConfigException(name + " is not a valid URL: " + e.getReason());
    }
  }

  private static URI webhookUri(String value) {
    URI u = uri("WEBHOOK_URL", value);
    if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
      throw new ConfigException("WEBHOOK_URL must be an https URL (Telegram posts only to https), was '" + value + "'");
    }
    return u;
  }

  private static InetSocketAddress listen(String name, String value) {
    int colon = value.lastIndexOf(':');
    if (colon < 0) {
      throw new ConfigException(name + " must be host:port, e.g. " + DEFAULT_LISTEN + ", was '" + value + "'");
    }
    String host = value.substring(0, colon).replace("[", "").replace("]", "");
    try {
      int port = Integer.parseInt(value.substring(colon + 1));
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return InetSocketAddress.createUnresolved(host.isEmpty() ? "0.0.0.0" : host, port);
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ": the port must be a number 0-65535, was '" + value + "'");
    }
  }
}
