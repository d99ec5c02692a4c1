package io.frontline.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the bot talks to a model. Immutable; the defaults are in {@link #DEFAULTS}.
 *
 * @param provider LLM_PROVIDER: which service, or none for the deterministic core alone
 * @param baseUrl LLM_BASE_URL: the service's URL when it is not the provider's own (an
 *     OpenAI-compatible server, a remote Ollama)
 * @param apiKey LLM_API_KEY
 * @param model LLM_MODEL: the provider's model name
 * @param timeout LLM_TIMEOUT: how long one call to the model may take
 * @param retries LLM_RETRIES: how often the provider client retries a failed call (rate limits,
 *     5xx), within the deadline
 * @param deadline LLM_DEADLINE: how long the model may work on one client message, tool calls and
 *     the guard retry included; after it the deterministic core answers
 */
public record LlmSettings(
    Provider provider,
    Optional<String> baseUrl,
    Optional<String> apiKey,
    Optional<String> model,
    Duration timeout,
    int retries,
    Duration deadline) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final int DEFAULT_RETRIES = 1;
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

  public static final LlmSettings DEFAULTS =
      new LlmSettings(
          Provider.NONE, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_RETRIES,
          DEFAULT_DEADLINE);

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("LLM_TIMEOUT must be positive, was " + timeout);
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("LLM_DEADLINE must be positive, was " + deadline);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("LLM_RETRIES must be 0 or more, was " + retries);
    }
  }

  public boolean enabled() {
    return provider != Provider.NONE;
  }

  /** The same settings with another per-turn deadline (tests use short ones). */
  public LlmSettings withDeadline(Duration newDeadline) {
    return new LlmSettings(provider, baseUrl, apiKey, model, timeout, retries, newDeadline);
  }

  @Override
  public String toString() {
    // Never print the key.
    return provider.key()
        + model.map(m -> " " + m).orElse("")
        + baseUrl.map(u -> " at " + u).orElse("")
        + " (timeout " + timeout.toSeconds() + " s, deadline " + deadline.toSeconds() + " s, retries " + retries + ")";
  }
}
