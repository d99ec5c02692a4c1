package io.frontline.llm;

import io.frontline.testing.Folders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.cli.Main;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.KnowledgeLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company's system prompt: its facts filled in once, the per-message placeholders left, mistakes named. */
class SystemPromptTest {

  private static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = KnowledgeLoader.load(Path.of("../knowledge")).orThrow();
  }

  @Test
  void theShippedPromptFillsTheCompanyAndLeavesThePerMessagePlaceholders() throws Exception {
    SystemPrompt p = SystemPrompt.of(Files.readString(Path.of("../prompts/llm/system.md")), knowledge);

    assertThat(p.template()).contains("AquaVita").contains("{{language}}").contains("{{now}}").contains("{{facts}}").doesNotContain("{{company}}");
  }

  @Test
  void anUnknownPlaceholderOrNoFactsIsAnError() {
    assertThatThrownBy(() -> SystemPrompt.of("Hi {{client_name}} {{facts}}", knowledge)).hasMessageContaining("client_name");
    assertThatThrownBy(() -> SystemPrompt.of("You are {{company}}.", knowledge)).hasMessageContaining("{{facts}}");
  }

  @Test
  void frontlineCheckReportsABrokenPrompt(@TempDir Path dir) throws Exception {
    Path prompts = dir.resolve("prompts");
    Folders.copy(Path.of("../prompts"), prompts);
    Files.writeString(prompts.resolve("llm/system.md"), "You are {{company}}. {{secret}} {{facts}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
            .run("check", "--knowledge", "../knowledge", "--prompts", prompts.toString());

    assertThat(exit).isEqualTo(Main.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("prompts/llm/system.md").contains("secret");
  }
}
