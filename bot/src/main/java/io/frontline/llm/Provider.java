package io.frontline.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which model service answers ({@code LLM_PROVIDER}); {@link #NONE} keeps the deterministic core. */
public enum Provider {
  NONE,
  /** OpenAI, or any server that speaks its API (vLLM, LM Studio, llama.cpp server...) at LLM_BASE_URL. */
  OPENAI,
  OLLAMA,
  ANTHROPIC,
  GEMINI;

  /** The name used in LLM_PROVIDER. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Provider> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
  }

  /** "none | openai | ollama | anthropic | gemini", for error messages. */
  public static String choices() {
    return Arrays.stream(values()).map(Provider::key).collect(Collectors.joining(" | "));
  }
}
