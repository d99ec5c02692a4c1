package io.frontline.metrics;

import io.frontline.conversation.ChatId;
import io.frontline.conversation.DecisionObserver;
import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.Partner;
import io.frontline.knowledge.StaffMember;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * What the running bot counts, in Prometheus format ({@link #scrape}) through Micrometer. Every
 * series exists from the start (at zero). Hand-over reply times come from the staff workspace
 * ({@link #staffFirstReply}); LLM calls ({@link #llmCall}) are for LLM mode (issue 6) to report, and
 * stay zero without a model.
 *
 * <p>Series (Prometheus names): {@value #MESSAGES_IN}_total, {@value #MESSAGES_OUT}_total,
 * {@value #DECISIONS}_total{action}, {@value #DECISION_LATENCY}_seconds, {@value #REFERRALS}_total{partner},
 * {@value #HANDOFFS}_total{staff}, {@value #FIRST_REPLY}_seconds{staff}, {@value #LLM_CALLS}_total,
 * {@value #LLM_FALLBACKS}_total, {@value #LLM_LATENCY}_seconds, {@value #OUTBOX_DEPTH},
 * {@value #OUTBOX_RETRIES}_total, {@value #OUTBOX_FAILED}_total, {@value #RATE_LIMITED}_total,
 * {@value #RELOADS}_total{outcome}, {@value #UPDATES_REJECTED}_total, {@value #WEBHOOK_REFUSED}_total, {@value #KNOWLEDGE_VERSION}.
 */
public final class BotMetrics implements DecisionObserver {

  public static final String MESSAGES_IN = "frontline_messages_in";
  public static final String MESSAGES_OUT = "frontline_messages_out";
  public static final String DECISIONS = "frontline_decisions";
  public static final String DECISION_LATENCY = "frontline_decision_latency";
  public static final String REFERRALS = "frontline_referrals";
  public static final String HANDOFFS = "frontline_handoffs";
  public static final String FIRST_REPLY = "frontline_handoff_first_reply";
  public static final String LLM_CALLS = "frontline_llm_calls";
  public static final String LLM_FALLBACKS = "frontline_llm_fallbacks";
  public static final String LLM_LATENCY = "frontline_llm_latency";
  public static final String OUTBOX_DEPTH = "frontline_outbox_depth";
  public static final String OUTBOX_RETRIES = "frontline_outbox_retries";
  public static final String OUTBOX_FAILED = "frontline_outbox_failed";
  public static final String RATE_LIMITED = "frontline_telegram_rate_limited";
  public static final String RELOADS = "frontline_knowledge_reloads";
  public static final String KNOWLEDGE_VERSION = "frontline_knowledge_version";
  public static final String UPDATES_REJECTED = "frontline_updates_rejected";
  public static final String WEBHOOK_REFUSED = "frontline_webhook_refused";

  /** Every series name as /metrics shows it (counters with _total, timers with _seconds_count). */
  public static final List<String> SERIES =
      List.of(
          MESSAGES_IN + "_total", MESSAGES_OUT + "_total", DECISIONS + "_total", DECISION_LATENCY + "_seconds_count",
          REFERRALS + "_total", HANDOFFS + "_total", FIRST_REPLY + "_seconds_count", LLM_CALLS + "_total",
          LLM_FALLBACKS + "_total", LLM_LATENCY + "_seconds_count", OUTBOX_DEPTH, OUTBOX_RETRIES + "_total",
          OUTBOX_FAILED + "_total", RATE_LIMITED + "_total", RELOADS + "_total", UPDATES_REJECTED + "_total",
          WEBHOOK_REFUSED + "_total", KNOWLEDGE_VERSION);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer decisionLatency;
  private final Counter llmCalls;
  private final Counter llmFallbacks;
  private final Timer llmLatency;

  public BotMetrics() {
    for (Action a : Action.values()) {
      decisions(a.key());
    }
    // Buckets, so that PromQL can give a p99 (histogram_quantile) across instances.
    decisionLatency =
        Timer.builder(name(DECISION_LATENCY)).description("time from a client message to its guarded reply")
            .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
    llmCalls = Counter.builder(name(LLM_CALLS)).description("calls to the language model").register(registry);
    llmFallbacks =
        Counter.builder(name(LLM_FALLBACKS)).description("LLM calls that failed or were refused, answered deterministically instead").register(registry);
    llmLatency = Timer.builder(name(LLM_LATENCY)).description("how long an LLM call took")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofSeconds(60))
        .register(registry);
    // The JVM's own figures: memory, garbage collection, threads, CPU, uptime.
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmGcMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.UptimeMetrics().bindTo(registry);
    for (String outcome : List.of("applied", "refused")) {
      Counter.builder(name(RELOADS)).tag("outcome", outcome).register(registry);
    }
  }

  /** For binders outside this class (the store's connection pool). */
  public io.micrometer.core.instrument.MeterRegistry registry() {
    return registry;
  }

  /** Micrometer's dotted name, which its Prometheus naming turns back into {@code frontline_x_y}. */
  private static String name(String prometheus) {
    return prometheus.replace('_', '.');
  }

  /** Makes the per-partner and per-person series show (at zero) before anything happened. */
  public void knows(Knowledge knowledge) {
    for (Partner p : knowledge.partners()) {
      referrals(p.id());
    }
    for (StaffMember s : knowledge.staff()) {
      handoffs(s.id());
      firstReply(s.id());
    }
  }

  /**
   * The transport's running totals, read at each scrape.
   *
   * @param source what the functions read (e.g. the bot)
   */
  public <T> void transport(
      T source,
      ToDoubleFunction<T> messagesIn,
      ToDoubleFunction<T> messagesOut,
      ToDoubleFunction<T> retries,
      ToDoubleFunction<T> failed,
      ToDoubleFunction<T> rateLimited) {
    FunctionCounter.builder(name(MESSAGES_IN), source, messagesIn).description("updates from Telegram processed").register(registry);
    FunctionCounter.builder(name(MESSAGES_OUT), source, messagesOut).description("messages Telegram accepted").register(registry);
    FunctionCounter.builder(name(OUTBOX_RETRIES), source, retries).description("sends tried again later (5xx, timeouts, 429)").register(registry);
    FunctionCounter.builder(name(OUTBOX_FAILED), source, failed).description("messages that can never be delivered").register(registry);
    FunctionCounter.builder(name(RATE_LIMITED), source, rateLimited).description("429 answers from Telegram").register(registry);
  }

  /**
   * The intake's refusals, read at each scrape: updates that could not be read (journaled as
   * rejected, never processed) and webhook calls without the right secret.
   */
  public <T> void intake(T source, ToDoubleFunction<T> rejected, ToDoubleFunction<T> refused) {
    FunctionCounter.builder(name(UPDATES_REJECTED), source, rejected)
        .description("updates that could not be read or used: journaled as rejected, not processed")
        .register(registry);
    FunctionCounter.builder(name(WEBHOOK_REFUSED), source, refused)
        .description("webhook calls refused for a missing or wrong secret")
        .register(registry);
  }

  /** Which knowledge answers: 1 at start, one more per applied reload; read at each scrape. */
  public void knowledgeVersion(Supplier<Number> version) {
    Gauge.builder(name(KNOWLEDGE_VERSION), version).description("knowledge loads applied since start (1: the one read at start)")
        .strongReference(true).register(registry);
  }

  /** Messages waiting in the outbox, read at each scrape; NaN when the store cannot say. */
  public void outboxDepth(Supplier<Number> depth) {
    Gauge.builder(
            name(OUTBOX_DEPTH),
            () -> {
              try {
                return depth.get();
              } catch (RuntimeException e) {
                return Double.NaN;
              }
            })
        .description("messages waiting to be sent")
        .strongReference(true)
        .register(registry);
  }

  @Override
  public void decided(ChatId chat, Decision decision, Duration took) {
    decisions(decision.action().key()).increment();
    decisionLatency.record(took);
    if (decision.action() == Action.REFER) {
      decision.partner().ifPresent(p -> referrals(p).increment());
    }
    if (decision.action() == Action.ESCALATE) {
      decision.staff().ifPresent(s -> handoffs(s).increment());
    }
  }

  /** A person answered a handed-over chat {@code took} after the hand-over. */
  public void staffFirstReply(String staff, Duration took) {
    firstReply(staff).record(took);
  }

  /** One LLM call (issue 6 calls this); {@code fallback}: its answer was not used. */
  public void llmCall(Duration took, boolean fallback) {
    llmCalls.increment();
    llmLatency.record(took);
    if (fallback) {
      llmFallbacks.increment();
    }
  }

  public void reloaded(boolean applied) {
    registry.counter(name(RELOADS), "outcome", applied ? "applied" : "refused").increment();
  }

  /** Everything, in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  private Counter decisions(String action) {
    return Counter.builder(name(DECISIONS)).tag("action", action).description("decisions by action").register(registry);
  }

  private Counter referrals(String partner) {
    return Counter.builder(name(REFERRALS)).tag("partner", partner).description("clients referred to a partner").register(registry);
  }

  private Counter handoffs(String staff) {
    return Counter.builder(name(HANDOFFS)).tag("staff", staff).description("chats handed to a person").register(registry);
  }

  private Timer firstReply(String staff) {
    return Timer.builder(name(FIRST_REPLY)).tag("staff", staff).description("time from hand-over to the person's first reply")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofDays(1))
        .register(registry);
  }
}
