package io.frontline.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.app.Config;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** LLM_* settings: defaults, each provider's needs, and clear errors. */
class LlmConfigTest {

  @Test
  void noProviderIsTheDefault() {
    LlmSettings s = Config.llm(Map.of());

    assertThat(s.provider()).isEqualTo(Provider.NONE);
    assertThat(s.enabled()).isFalse();
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(s.deadline()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void everyNameIsRead() {
    LlmSettings s =
        Config.llm(
            Map.of(
                "LLM_PROVIDER", "OpenAI", "LLM_BASE_URL", "http://127.0.0.1:8000/v1", "LLM_MODEL", "qwen2.5",
                "LLM_TIMEOUT", "7.5", "LLM_RETRIES", "3", "LLM_DEADLINE", "12"));

    assertThat(s.provider()).isEqualTo(Provider.OPENAI);
    assertThat(s.baseUrl()).contains("http://127.0.0.1:8000/v1");
    assertThat(s.apiKey()).isEmpty(); // an OpenAI-compatible server may need none
    assertThat(s.model()).contains("qwen2.5");
    assertThat(s.timeout()).isEqualTo(Duration.ofMillis(7_500));
    assertThat(s.retries()).isEqualTo(3);
    assertThat(s.deadline()).isEqualTo(Duration.ofSeconds(12));
    assertThat(Config.NAMES).contains("LLM_PROVIDER", "LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL", "LLM_TIMEOUT");
  }

  @Test
  void mistakesSayWhatToDo() {
    assertThatThrownBy(() -> Config.llm(Map.of("LLM_PROVIDER", "gpt")))
        .hasMessageContaining("none | openai | ollama | anthropic | gemini");
    assertThatThrownBy(() -> Config.llm(Map.of("LLM_PROVIDER", "ollama")))
        .hasMessageContaining("LLM_MODEL is not set");
    assertThatThrownBy(() -> Config.llm(Map.of("LLM_PROVIDER", "anthropic", "LLM_MODEL", "claude")))
        .hasMessageContaining("LLM_API_KEY");
    assertThatThrownBy(() -> Config.llm(Map.of("LLM_PROVIDER", "openai", "LLM_MODEL", "gpt-4o-mini")))
        .hasMessageContaining("LLM_API_KEY");
    assertThatThrownBy(() -> Config.llm(Map.of("LLM_TIMEOUT", "soon")))
        .hasMessageContaining("LLM_TIMEOUT is in seconds");
  }

  @Test
  void theKeyIsNeverPrinted() {
    LlmSettings s = Config.llm(Map.of("LLM_PROVIDER", "gemini", "LLM_MODEL", "gemini-2.0-flash", "LLM_API_KEY", "secret-key-123"));

    assertThat(s.toString()).doesNotContain("secret-key-123").contains("gemini");
  }

  @Test
  void everyProviderBuildsItsModelWithoutTheNetwork() {
    for (Provider p : new Provider[] {Provider.OPENAI, Provider.OLLAMA, Provider.ANTHROPIC, Provider.GEMINI}) {
      LlmSettings s =
          new LlmSettings(p, Optional.of("http://127.0.0.1:9/v1"), Optional.of("k"), Optional.of("m"), Duration.ofSeconds(1), 0, Duration.ofSeconds(2));
      assertThat(ChatModels.create(s)).as(p.key()).isNotNull();
    }
  }
}
