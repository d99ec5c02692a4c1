package io.frontline.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A model that plays a script: each call takes the next step, which sees the request (to answer
 * from what the prompt holds) and returns the model's message. Records every request, so a test
 * can check what reached the model. The test double the project allows for an LLM.
 */
final class ScriptedChatModel implements ChatModel {

  private final Deque<Function<ChatRequest, AiMessage>> steps = new ArrayDeque<>();
  final List<ChatRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

  ScriptedChatModel then(Function<ChatRequest, AiMessage> step) {
    steps.add(step);
    return this;
  }

  /** The model answers with this decision as JSON. */
  ScriptedChatModel decides(String action, String reply, List<String> ids, String partner, String staff) {
    return then(r -> AiMessage.from(json(action, reply, ids, partner, staff)));
  }

  /** The model calls a tool. */
  ScriptedChatModel calls(String tool, String argumentsJson) {
    return then(
        r ->
            AiMessage.from(
                List.of(
                    ToolExecutionRequest.builder()
                        .id(UUID.randomUUID().toString())
                        .name(tool)
                        .arguments(argumentsJson)
                        .build())));
  }

  ScriptedChatModel says(String text) {
    return then(r -> AiMessage.from(text));
  }

  synchronized int remaining() {
    return steps.size();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    Function<ChatRequest, AiMessage> step;
    synchronized (this) {
      step = steps.poll();
    }
    if (step == null) {
      throw new AssertionError("the script has no step left for: " + lastUser(request));
    }
    return ChatResponse.builder().aiMessage(step.apply(request)).tokenUsage(new TokenUsage(100, 20)).build();
  }

  static String lastUser(ChatRequest r) {
    List<ChatMessage> m = new ArrayList<>(r.messages());
    for (int i = m.size() - 1; i >= 0; i--) {
      if (m.get(i) instanceof UserMessage u) {
        return u.singleText();
      }
    }
    return "";
  }

  static String json(String action, String reply, List<String> ids, String partner, String staff) {
    StringBuilder s = new StringBuilder("{\"action\":").append(q(action)).append(",\"reply\":").append(q(reply)).append(",\"knowledgeIds\":[");
    for (int i = 0; i < ids.size(); i++) {
      s.append(i == 0 ? "" : ",").append(q(ids.get(i)));
    }
    return s.append("],\"partner\":").append(partner == null ? "null" : q(partner))
        .append(",\"staff\":").append(staff == null ? "null" : q(staff)).append('}').toString();
  }

  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
