package io.frontline.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a chat's stored history well-formed. Providers reject a history whose tool call has no
 * result, or whose tool result answers no call, and a conversation must not die of one crashed
 * turn (upstream memory corruption: langchain4j #1966, #3133).
 */
final class History {

  private History() {}

  /**
   * The history without broken pieces: a tool call is kept only with a result for every one of its
   * requests right after it; a tool result only after its call; and it starts with a client message
   * (after any system message).
   */
  static List<ChatMessage> sanitize(List<ChatMessage> messages) {
    List<ChatMessage> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      if (m == null) {
        continue;
      }
      if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
        Set<String> wanted = new HashSet<>();
        for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
          wanted.add(r.id() == null ? r.name() : r.id());
        }
        int j = i + 1;
        List<ChatMessage> results = new ArrayList<>();
        while (j < messages.size() && messages.get(j) instanceof ToolExecutionResultMessage t) {
          results.add(t);
          wanted.remove(t.id() == null ? t.toolName() : t.id());
          j++;
        }
        if (wanted.isEmpty()) {
          out.add(ai);
          out.addAll(results);
        }
        i = j - 1;
        continue;
      }
      if (m instanceof ToolExecutionResultMessage) {
        continue; // a result whose call is not right before it
      }
      out.add(m);
    }
    // The first message after the system message must be the client's.
    int first = out.isEmpty() || !(out.get(0) instanceof SystemMessage) ? 0 : 1;
    while (out.size() > first && !(out.get(first) instanceof UserMessage)) {
      out.remove(first);
    }
    return out;
  }

  /**
   * The last {@code max} messages of a settled history, cut so it starts with a client message.
   * System messages are not kept: the system prompt is written afresh for every turn.
   */
  static List<ChatMessage> window(List<ChatMessage> messages, int max) {
    List<ChatMessage> plain = new ArrayList<>(messages.stream().filter(m -> !(m instanceof SystemMessage)).toList());
    List<ChatMessage> tail = new ArrayList<>(plain.subList(Math.max(0, plain.size() - max), plain.size()));
    return sanitize(tail);
  }
}
