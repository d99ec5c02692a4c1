package io.frontline.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored history is made well-formed before a provider sees it. */
class HistoryTest {

  private static ToolExecutionRequest call(String id) {
    return ToolExecutionRequest.builder().id(id).name("searchKnowledge").arguments("{\"query\":\"x\"}").build();
  }

  @Test
  void aToolCallWithoutItsResultIsDropped() {
    List<ChatMessage> stored =
        List.of(UserMessage.from("hi"), AiMessage.from(List.of(call("a"))), UserMessage.from("hello?"), AiMessage.from("Hello!"));

    assertThat(History.sanitize(stored)).containsExactly(UserMessage.from("hi"), UserMessage.from("hello?"), AiMessage.from("Hello!"));
  }

  @Test
  void aCallMissingOneOfItsResultsIsDroppedWithTheResultsItHas() {
    ToolExecutionRequest a = call("a");
    ToolExecutionRequest b = call("b");
    List<ChatMessage> stored =
        List.of(UserMessage.from("hi"), AiMessage.from(List.of(a, b)), ToolExecutionResultMessage.from(a, "found"), AiMessage.from("Done."));

    assertThat(History.sanitize(stored)).containsExactly(UserMessage.from("hi"), AiMessage.from("Done."));
  }

  @Test
  void aCompleteToolExchangeIsKept() {
    ToolExecutionRequest a = call("a");
    List<ChatMessage> stored =
        List.of(SystemMessage.from("rules"), UserMessage.from("hi"), AiMessage.from(List.of(a)), ToolExecutionResultMessage.from(a, "found"), AiMessage.from("Done."));

    assertThat(History.sanitize(stored)).isEqualTo(stored);
  }

  @Test
  void anOrphanResultAndALeadingReplyAreDropped() {
    List<ChatMessage> stored =
        List.of(
            SystemMessage.from("rules"), AiMessage.from("I was first"), ToolExecutionResultMessage.from(call("z"), "orphan"),
            UserMessage.from("hi"), AiMessage.from("Hello!"));

    assertThat(History.sanitize(stored)).containsExactly(SystemMessage.from("rules"), UserMessage.from("hi"), AiMessage.from("Hello!"));
  }

  @Test
  void theWindowKeepsTheLastExchangesWithoutTheSystemPrompt() {
    List<ChatMessage> stored =
        List.of(
            SystemMessage.from("rules"), UserMessage.from("1"), AiMessage.from("a"), UserMessage.from("2"), AiMessage.from("b"),
            UserMessage.from("3"), AiMessage.from("c"));

    assertThat(History.window(stored, 3)).containsExactly(UserMessage.from("3"), AiMessage.from("c"));
    assertThat(History.window(stored, 4)).containsExactly(UserMessage.from("2"), AiMessage.from("b"), UserMessage.from("3"), AiMessage.from("c"));
  }
}
