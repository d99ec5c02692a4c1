package io.frontline.llm;

import io.frontline.decision.ClientMessage;
import io.frontline.retrieval.Hit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client message while the model works on it: what the tools handed out (so the model's
 * decision can only cite that), the hand-over and contact source the tools recorded, and the
 * chat's memory for this turn only (written back when the turn is settled).
 */
final class Turn {

  /** A hand-over the model asked for; the person is chosen by the staff router, not the model. */
  record Handover(String staff, String topic, String reason, String summary) {}

  final long chat;
  final long started = System.nanoTime();
  final ClientMessage message;
  final String language;
  final Map<String, Hit.Kind> handedOut = new LinkedHashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();
  /** Set when the deadline passed: tools stop working and the result is thrown away. */
  final AtomicBoolean abandoned = new AtomicBoolean();
  /** Reported once, by whoever decided what the client got. */
  final AtomicBoolean reported = new AtomicBoolean();
  volatile Optional<Handover> handover = Optional.empty();
  volatile Optional<String> contactSource = Optional.empty();
  volatile List<dev.langchain4j.data.message.ChatMessage> memory;
  /** The chat's history as the turn began, and how much of it the token budget left out. */
  volatile List<dev.langchain4j.data.message.ChatMessage> history = List.of();
  volatile int historyDropped;
  final List<String> tools = new CopyOnWriteArrayList<>();
  /** Who answers the client: the first to set it wins (the model's worker, or the deadline). */
  final java.util.concurrent.atomic.AtomicReference<String> delivered = new java.util.concurrent.atomic.AtomicReference<>();
  final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
  final java.util.concurrent.atomic.AtomicLong estimatedInput = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong reportedInput = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong reportedOutput = new java.util.concurrent.atomic.AtomicLong();

  /** Slot names in the user-message template, and the text each stands for (see TurnChatModel). */
  private final Map<String, String> slots = new java.util.concurrent.ConcurrentHashMap<>();

  /** A fresh slot for {@code text}: put the returned name in the template instead of the text. */
  String slot(String text) {
    String name = "frontline-slot-" + java.util.UUID.randomUUID();
    slots.put(name, text);
    return name;
  }

  boolean hasSlot(String text) {
    return slots.keySet().stream().anyMatch(text::contains);
  }

  /** One pass per slot over the template's output; the inserted texts are never scanned again. */
  String fillSlots(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      String found = null;
      for (String name : slots.keySet()) {
        if (text.startsWith(name, i)) {
          found = name;
          break;
        }
      }
      if (found == null) {
        out.append(text.charAt(i++));
      } else {
        out.append(slots.get(found));
        i += found.length();
      }
    }
    return out.toString();
  }

  Turn(long chat, ClientMessage message, String language) {
    this.chat = chat;
    this.message = message;
    this.language = language;
    this.memory = List.of();
  }

  synchronized void handedOut(List<KnowledgeCards.Card> cards) {
    cards.forEach(c -> {
      handedOut.put(c.id(), c.kind());
      texts.put(c.id(), c.text());
    });
  }

  /** The cards handed out this turn, those with the given ids first. */
  synchronized List<KnowledgeCards.Card> handedOutCards(List<String> first) {
    List<KnowledgeCards.Card> out = new java.util.ArrayList<>();
    for (String id : first) {
      if (handedOut.containsKey(id) && out.stream().noneMatch(c -> c.id().equals(id))) {
        out.add(new KnowledgeCards.Card(id, handedOut.get(id), texts.get(id)));
      }
    }
    handedOut.forEach((id, kind) -> {
      if (out.stream().noneMatch(c -> c.id().equals(id))) {
        out.add(new KnowledgeCards.Card(id, kind, texts.get(id)));
      }
    });
    return out;
  }

  /** The text of a card handed out this turn, as the model read it. */
  synchronized String text(String id) {
    return texts.getOrDefault(id, "");
  }

  synchronized boolean wasHandedOut(String id) {
    return handedOut.containsKey(id);
  }

  synchronized boolean wasHandedOutAs(String id, Hit.Kind kind) {
    return handedOut.get(id) == kind;
  }
}
