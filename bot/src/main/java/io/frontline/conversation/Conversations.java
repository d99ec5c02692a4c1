package io.frontline.conversation;

import io.frontline.decision.ClientMessage;
import io.frontline.decision.ConversationState;
import io.frontline.decision.Decision;
import io.frontline.decision.DecisionEngine;
import io.frontline.decision.SafeHandover;
import io.frontline.decision.WarmLead;
import io.frontline.guard.ReplyGuard;
import io.frontline.guard.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client message in, one guarded reply out: conversation -> decision -> guards -> outbox.
 * Callers keep one chat's messages in order; different chats may be handled concurrently.
 */
public final class Conversations {

  private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);

  private final DecisionEngine engine;
  private final ReplyGuard guards;
  private final SafeHandover fallback;
  private final StateStore states;
  private final Outbox outbox;
  private final DecisionObserver observer;
  private final Relationships relationships;

  public Conversations(
      DecisionEngine engine, ReplyGuard guards, SafeHandover fallback, StateStore states, Outbox outbox) {
    this(engine, guards, fallback, states, outbox, DecisionObserver.NONE, Relationships.NONE);
  }

  public Conversations(
      DecisionEngine engine,
      ReplyGuard guards,
      SafeHandover fallback,
      StateStore states,
      Outbox outbox,
      DecisionObserver observer) {
    this(engine, guards, fallback, states, outbox, observer, Relationships.NONE);
  }

  /**
   * @param relationships each client's orders and answers to suggestions, read before deciding.
   *     What a decision changes there ({@link io.frontline.decision.Aftercare}) the caller records,
   *     as it records the decision itself.
   */
  public Conversations(
      DecisionEngine engine,
      ReplyGuard guards,
      SafeHandover fallback,
      StateStore states,
      Outbox outbox,
      DecisionObserver observer,
      Relationships relationships) {
    this.observer = observer;
    this.relationships = relationships;
    this.engine = engine;
    this.guards = guards;
    this.fallback = fallback;
    this.states = states;
    this.outbox = outbox;
  }

  public Decision handle(ChatId chat, ClientMessage received) {
    long started = System.nanoTime();
    ClientMessage message = received.with(relationships.of(chat, received.at()));
    ConversationState state = states.get(chat);
    Decision decision = engine.decide(chat.value(), message, state);
    Verdict verdict = guards.check(decision);
    if (!verdict.passed()) {
      LOG.warn(
          "chat={} guard={} refused a {} reply: {}",
          chat.value(), verdict.guard(), decision.action().key(), verdict.reason());
      decision = fallback.instead(message, decision, verdict.guard() + ": " + verdict.reason());
    }
    states.put(chat, state.after(decision));
    outbox.enqueue(new Outgoing(chat, decision.reply(), decision));
    // Only with the client's consent does anything about them leave the company.
    Decision sent = decision;
    sent.warmLead()
        .filter(WarmLead::agreed)
        .ifPresent(lead -> outbox.enqueue(new Outgoing(new ChatId(lead.partnerChat()), lead.note(), sent)));
    long micros = (System.nanoTime() - started) / 1_000;
    observer.decided(chat, decision, java.time.Duration.ofNanos(micros * 1_000));
    if (LOG.isInfoEnabled()) {
      // Client words stay out of INFO logs; ids and the action are enough to follow a chat.
      LOG.info(
          "chat={} action={} lang={} knowledge={} partner={} staff={} micros={}",
          chat.value(),
          decision.action().key(),
          decision.language(),
          decision.knowledgeIds(),
          decision.partner().orElse("-"),
          decision.staff().orElse("-"),
          micros);
    }
    return decision;
  }
}
