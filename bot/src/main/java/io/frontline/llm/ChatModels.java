package io.frontline.llm;

import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModelName;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;

/** The provider's chat model for {@link LlmSettings}: configuration chooses, no code changes. */
public final class ChatModels {

  /** Ollama's own address when LLM_BASE_URL is not set. */
  public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

  private ChatModels() {}

  /** @throws IllegalArgumentException the provider is none */
  public static ChatModel create(LlmSettings s) {
    String model = s.model().orElseThrow(() -> new IllegalArgumentException("LLM_MODEL is not set"));
    return switch (s.provider()) {
      case OPENAI -> {
        OpenAiChatModel.OpenAiChatModelBuilder b =
            OpenAiChatModel.builder()
                // An OpenAI-compatible server at LLM_BASE_URL may want no key; the client needs one.
                .apiKey(s.apiKey().orElse("none"))
                .modelName(model)
                .timeout(s.timeout())
                .maxRetries(s.retries());
        s.baseUrl().ifPresent(b::baseUrl);
        yield b.build();
      }
      case OLLAMA ->
          OllamaChatModel.builder()
              .baseUrl(s.baseUrl().orElse(OLLAMA_DEFAULT_URL))
              .modelName(model)
              .timeout(s.timeout())
              .maxRetries(s.retries())
              .build();
      case ANTHROPIC -> {
        AnthropicChatModel.AnthropicChatModelBuilder b =
            AnthropicChatModel.builder()
                .apiKey(s.apiKey().orElseThrow())
                .modelName(model)
                .timeout(s.timeout())
                .maxRetries(s.retries());
        s.baseUrl().ifPresent(b::baseUrl);
        yield b.build();
      }
      case GEMINI -> {
        GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder b =
            GoogleAiGeminiChatModel.builder()
                .apiKey(s.apiKey().orElseThrow())
                .modelName(model)
                .timeout(s.timeout())
                .maxRetries(s.retries());
        s.baseUrl().ifPresent(b::baseUrl);
        yield b.build();
      }
      case NONE -> throw new IllegalArgumentException("LLM_PROVIDER is none: there is no model to create");
    };
  }

  /**
   * Counts tokens as OpenAI's current tokenizer (o200k) does, for every provider alike: a figure
   * comparable across providers and runs, not each provider's own count (which the provider
   * reports separately).
   */
  public static TokenCountEstimator tokenCounter() {
    return new OpenAiTokenCountEstimator(OpenAiChatModelName.GPT_4_O_MINI);
  }
}
