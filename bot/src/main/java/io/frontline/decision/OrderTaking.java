package io.frontline.decision;

import io.frontline.knowledge.CatalogItem;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.knowledge.Knowledge;
import io.frontline.order.NewOrder;
import io.frontline.order.OrderDraft;
import io.frontline.order.OrderDraft.Stage;
import io.frontline.order.OrderStatus;
import io.frontline.order.PastOrder;
import io.frontline.order.Quote;
import io.frontline.relationship.Relationship;
import io.frontline.retrieval.Hit;
import io.frontline.retrieval.KnowledgeRetriever;
import io.frontline.text.CleanText;
import io.frontline.wording.Signal;
import io.frontline.wording.SignalLexicon;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Taking an order in the conversation, one question per turn: item, quantity, address, delivery
 * slot; then the order repeated with its FIXED total from the catalog, and placed only on the
 * client's "yes". Also "where is my order", "the same as last time", and a problem with a delivered
 * order, which goes to a named person with the order attached. Every turn is an {@code answer}:
 * the bot is resolving the request itself.
 */
final class OrderTaking {

  /** What a message is about when the client is ordering, not asking: stripped before the item search. */
  private static final Set<Signal> ORDER_WORDS =
      EnumSet.of(
          Signal.ORDER, Signal.SAME_AGAIN, Signal.GREETING, Signal.THANKS, Signal.BYE, Signal.PRICE,
          Signal.QUESTION, Signal.YES, Signal.NO);
  /** A delivered order this recent is the one a reported problem is about. */
  private static final Duration RECENT = Duration.ofDays(14);
  private static final int MAX_ADDRESS = 200;
  private static final double ITEM = DeterministicEngine.CLARIFY;
  private static final double TIE = 0.05;

  private final Knowledge knowledge;
  private final KnowledgeRetriever retriever;
  private final Replies replies;
  private final StaffRouter router;
  private final Handovers handovers;
  private final Quantity quantities;
  private final ZoneId zone;

  OrderTaking(
      Knowledge knowledge, KnowledgeRetriever retriever, Replies replies, StaffRouter router,
      Handovers handovers, Quantity quantities) {
    this.knowledge = knowledge;
    this.retriever = retriever;
    this.replies = replies;
    this.router = router;
    this.handovers = handovers;
    this.quantities = quantities;
    this.zone = knowledge.company().timeZone();
  }

  /** What the engine read of one message, as far as orders are concerned. */
  record Turn(ClientMessage message, ConversationState state, String language, SignalLexicon.Reading signals, List<String> words) {
    boolean has(Signal s) {
      return signals.has(s);
    }

    Relationship relationship() {
      return message.relationship();
    }
  }

  boolean takesOrders() {
    return !knowledge.delivery().isEmpty();
  }

  // ---- starting: "I'd like to order", "the same as last time", "where is my order" ----

  /** A new order, a repeat, or a status question; empty when the message is none of these. */
  Optional<Decision> start(Turn t) {
    if (!takesOrders()) {
      return Optional.empty();
    }
    if (t.has(Signal.ORDER_STATUS)) {
      return Optional.of(status(t));
    }
    if (t.has(Signal.SAME_AGAIN)) {
      return Optional.of(sameAgain(t));
    }
    if (t.has(Signal.ORDER)) {
      OrderDraft draft = OrderDraft.EMPTY;
      Optional<CatalogItem> item = item(t);
      if (item.isPresent() && !item.get().available()) {
        return Optional.of(unavailable(t, item.get(), "order: the item is not available", Optional.of(draft)));
      }
      if (item.isPresent()) {
        draft = draft.withItem(item.get().id());
      }
      Optional<Integer> n = quantities.in(CleanText.of(t.message().text()).text());
      if (n.isPresent()) {
        draft = draft.withQuantity(n.get());
      }
      return Optional.of(next(t, draft, "", "order: the client wants to order"));
    }
    return Optional.empty();
  }

  /**
   * The client's reply while an order is being taken; empty when it does not answer the question
   * (the engine answers it as usual and {@link #remind}s the client of the order).
   */
  Optional<Decision> continueDraft(Turn t, OrderDraft draft) {
    if (t.has(Signal.NO) && !t.has(Signal.YES)) {
      return Optional.of(answer(t, replies.say(t.language(), "order_dropped"), "order: the client cancelled the order being taken", Optional.empty()));
    }
    return switch (draft.stage()) {
      case ITEM -> {
        Optional<CatalogItem> item = item(t);
        if (item.isEmpty()) {
          yield Optional.empty();
        }
        if (!item.get().available()) {
          yield Optional.of(unavailable(t, item.get(), "order: the item is not available", Optional.of(draft)));
        }
        OrderDraft d = draft.withItem(item.get().id());
        Optional<Integer> n = quantities.in(CleanText.of(t.message().text()).text());
        yield Optional.of(next(t, n.map(d::withQuantity).orElse(d), "", "order: item chosen"));
      }
      case QUANTITY -> number(t).map(n -> next(t, draft.withQuantity(n), "", "order: quantity given"));
      case ADDRESS -> {
        Optional<String> last = t.relationship().lastWithAddress().flatMap(PastOrder::address);
        if (last.isPresent() && (t.has(Signal.YES) || t.has(Signal.SAME_AGAIN)) && !hasDigit(t.message().text())) {
          yield Optional.of(next(t, draft.withAddress(last.get()), "", "order: same address as last time"));
        }
        yield address(t).map(a -> next(t, draft.withAddress(a), "", "order: address given"));
      }
      case SLOT -> number(t)
          .filter(n -> n >= 1 && n <= draft.offeredSlots().size())
          .map(n -> next(t, draft.withSlot(draft.offeredSlots().get(n - 1)), "", "order: slot chosen"));
      case CONFIRM -> {
        if (t.has(Signal.YES)) {
          yield Optional.of(place(t, draft));
        }
        yield Optional.empty();
      }
    };
  }

  /** An answer to something else while an order is open: the answer, then the order's question again. */
  Decision remind(Turn t, OrderDraft draft, Decision answered) {
    if (answered.action() == Action.ESCALATE) {
      // A person takes over; they take the order too.
      return answered;
    }
    String question = question(t, draft).reply();
    String text = answered.reply() + "\n\n" + replies.say(t.language(), "order_keep", Map.of("question", question));
    return answered.withReply(text).withAftercare(answered.aftercare().withDraft(Optional.of(draft)));
  }

  // ---- the questions, in order ----

  /** Asks for what is still missing, or repeats the whole order for confirmation. */
  Decision next(Turn t, OrderDraft draft, String prefix, String reason) {
    Optional<Integer> large = knowledge.keyOrderQuantity();
    if (draft.quantity().isPresent() && large.isPresent() && draft.quantity().get() >= large.get()) {
      return handovers.to(t.message(), t.language(), "orders", "a large order (" + draft.quantity().get() + " units)");
    }
    Decision q = question(t, draft);
    String text = prefix.isEmpty() ? q.reply() : prefix + "\n" + q.reply();
    return q.withReply(text).withRequest("").withAftercare(q.aftercare()).withReason(reason);
  }

  private Decision question(Turn t, OrderDraft draft) {
    String lang = t.language();
    if (draft.item().isEmpty()) {
      return answer(t, replies.say(lang, "order_ask_item", Map.of("options", availableItems(lang))), "order: which item", Optional.of(draft.at(Stage.ITEM, List.of())));
    }
    CatalogItem item = knowledge.catalog().item(draft.item().get()).orElseThrow();
    if (draft.quantity().isEmpty()) {
      return answer(t, replies.say(lang, "order_ask_quantity", Map.of("price", replies.priceLine(item, lang))), "order: how many", Optional.of(draft.at(Stage.QUANTITY, List.of())), item.id());
    }
    if (draft.address().isEmpty()) {
      Optional<String> last = t.relationship().lastWithAddress().flatMap(PastOrder::address);
      String text =
          last.map(a -> replies.say(lang, "order_ask_address_again", Map.of("address", a)))
              .orElseGet(() -> replies.say(lang, "order_ask_address"));
      return answer(t, text, "order: where to", Optional.of(draft.at(Stage.ADDRESS, List.of())));
    }
    if (draft.slot().isEmpty()) {
      LocalDateTime now = LocalDateTime.ofInstant(t.message().at(), zone);
      List<DeliverySlot> slots = knowledge.delivery().upcoming(now);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < slots.size(); i++) {
        lines.add((i + 1) + ") " + replies.slot(slots.get(i), lang));
      }
      return answer(t, replies.say(lang, "order_ask_slot", Map.of("slots", String.join("\n", lines))), "order: when", Optional.of(draft.at(Stage.SLOT, slots)));
    }
    Quote quote = Quote.of(knowledge.catalog(), item.id(), draft.quantity().get()).orElseThrow();
    return answer(t, summary(quote, draft, lang), "order: repeated for confirmation", Optional.of(draft.at(Stage.CONFIRM, List.of())), item.id());
  }

  private String summary(Quote quote, OrderDraft draft, String lang) {
    return replies.say(
        lang,
        "order_summary",
        Map.of(
            "lines", line(quote, lang),
            "total", Replies.amount(quote.total()),
            "currency", knowledge.catalog().currency(),
            "address", draft.address().orElse(""),
            "slot", replies.slot(draft.slot().orElseThrow(), lang)));
  }

  private String line(Quote quote, String lang) {
    CatalogItem item = knowledge.catalog().item(quote.item()).orElseThrow();
    String line =
        replies.say(
            lang,
            "order_line",
            Map.of(
                "quantity", String.valueOf(quote.quantity()),
                "item", replies.text(item.name(), lang),
                "price", Replies.amount(quote.unitPrice()),
                "currency", knowledge.catalog().currency(),
                "unit", replies.text(item.unit(), lang)));
    Optional<String> discount =
        quote.discount().flatMap(id -> item.discounts().stream().filter(d -> d.id().equals(id)).findFirst())
            .map(d -> replies.text(d.text(), lang));
    return discount.map(d -> line + " (" + d + ")").orElse(line);
  }

  private Decision place(Turn t, OrderDraft draft) {
    String lang = t.language();
    Quote quote = Quote.of(knowledge.catalog(), draft.item().orElseThrow(), draft.quantity().orElseThrow()).orElseThrow();
    StaffRouter.Choice handler = router.choose("orders", lang, t.message().at(), t.message().client());
    DeliverySlot slot = draft.slot().orElseThrow();
    String text =
        replies.say(
            lang,
            "order_placed",
            Map.of(
                "staff", replies.text(handler.staff().name(), lang),
                "role", replies.text(handler.staff().role(), lang),
                "slot", replies.slot(slot, lang)));
    NewOrder order = new NewOrder(quote, draft.address().orElseThrow(), slot, handler.staff().id(), lang);
    return new Decision(
            Action.ANSWER, text, lang, List.of(quote.item()), Optional.empty(), Optional.of(handler.staff().id()),
            Optional.of("order"), "order: placed, " + quote.quantity() + " x " + quote.item() + " for " + slot.date(),
            "", Optional.empty(), false, Optional.empty(), Aftercare.placing(order));
  }

  // ---- after the order ----

  /**
   * "Where is my order?" from a client with orders in the book: the real status. An order whose
   * delivery window has passed without being delivered is late: a named person takes it, with the
   * order attached.
   */
  Decision status(Turn t) {
    String lang = t.language();
    Optional<PastOrder> current = t.relationship().currentOrder();
    if (current.isEmpty()) {
      return answer(t, replies.say(lang, "order_none"), "order status: no orders", Optional.empty());
    }
    PastOrder o = current.get();
    LocalDateTime now = LocalDateTime.ofInstant(t.message().at(), zone);
    if (o.status() == OrderStatus.PLACED && o.slot().date().atTime(o.slot().to()).isBefore(now)) {
      return problem(t, "delivery-problem", "the order is late").orElseThrow();
    }
    String key =
        switch (o.status()) {
          case PLACED -> "order_status_placed";
          case DONE -> "order_status_done";
          case CANCELLED -> "order_status_cancelled";
        };
    String text =
        replies.say(
            lang,
            key,
            Map.of(
                "date", placedOn(o, lang),
                "summary", brief(o, lang),
                "slot", replies.slot(o.slot(), lang)));
    return answer(t, text, "order status: order " + o.id() + " is " + o.status().key(), Optional.empty(), o.item());
  }

  private Decision sameAgain(Turn t) {
    String lang = t.language();
    Optional<PastOrder> last = t.relationship().lastOrder();
    if (last.isEmpty()) {
      return answer(t, replies.say(lang, "order_none"), "order: 'the same again' without a past order", Optional.of(OrderDraft.EMPTY));
    }
    PastOrder o = last.get();
    Optional<CatalogItem> item = knowledge.catalog().item(o.item());
    if (item.isEmpty() || !item.get().available()) {
      return item.map(i -> unavailable(t, i, "order: last time's item is not available", Optional.of(OrderDraft.EMPTY)))
          .orElseGet(() -> next(t, OrderDraft.EMPTY, "", "order: last time's item is no longer sold"));
    }
    OrderDraft draft = OrderDraft.EMPTY.withItem(o.item()).withQuantity(o.quantity());
    if (o.address().isPresent()) {
      draft = draft.withAddress(o.address().get());
    }
    String prefix = replies.say(lang, "order_same_again", Map.of("summary", brief(o, lang) + o.address().map(a -> ", " + a).orElse("")));
    return next(t, draft, prefix, "order: the same as last time (order " + o.id() + ")");
  }

  /**
   * A problem with a recently delivered order: the hand-over carries the order, so the person
   * knows what was delivered and the client explains nothing twice.
   */
  Optional<Decision> problem(Turn t, String topic, String reason) {
    Optional<PastOrder> order =
        t.relationship().orders().stream()
            .filter(o -> o.status() == OrderStatus.DONE || o.status() == OrderStatus.PLACED)
            .filter(o -> o.updatedAt().isAfter(t.message().at().minus(RECENT)))
            .findFirst();
    if (order.isEmpty()) {
      return Optional.empty();
    }
    PastOrder o = order.get();
    Decision d = handovers.to(t.message(), t.language(), topic, reason + "; order " + o.id() + " (" + o.quantity() + " x " + o.item() + ", " + o.status().key() + ")");
    String attached = replies.say(t.language(), "order_problem", Map.of("date", placedOn(o, t.language()), "summary", brief(o, t.language())));
    return Optional.of(d.withReply(d.reply() + "\n" + attached).withAftercare(Aftercare.problem(o.id())));
  }

  // ---- reading the client ----

  private Optional<CatalogItem> item(Turn t) {
    // Numbers are quantities, not part of an item's name ("3 bottles of water").
    List<String> content =
        t.signals().wordsWithout(t.words(), ORDER_WORDS).stream()
            .filter(w -> !w.chars().allMatch(Character::isDigit))
            .toList();
    if (content.stream().allMatch(w -> w.length() <= 2 || isUnit(w))) {
      // "I want 12 bottles delivered" says how many, not which of the things sold by the bottle:
      // the client is asked which.
      return Optional.empty();
    }
    List<Hit> hits = retriever.search(String.join(" ", content), t.language(), 16).stream().filter(h -> h.kind() == Hit.Kind.ITEM).toList();
    // "4 ballon vizet": what follows the number is the unit, and only items sold in it fit
    // (the monthly plan, sold by the month, mentions bottles too).
    Optional<String> unit = unitAfterNumber(t.words());
    if (unit.isPresent()) {
      List<Hit> inUnit = hits.stream().filter(h -> soldIn(h.id(), unit.get())).toList();
      if (!inUnit.isEmpty()) {
        hits = inUnit;
      }
    }
    if (hits.isEmpty() || hits.get(0).coverage() < ITEM) {
      return Optional.empty();
    }
    double best = hits.get(0).coverage();
    // Among items that fit alike, the one the company lists first: "water" is the 19 L bottle.
    List<String> alike = hits.stream().filter(h -> h.coverage() >= best - TIE).map(Hit::id).toList();
    return knowledge.catalog().items().stream().filter(i -> alike.contains(i.id())).findFirst();
  }

 private static Optional<String> unitAfterNumber(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).isEmpty() && words.get(i).chars().allMatch(Character::isDigit)) {
        return Optional.of(stem(words.get(i + 1)));
      }
    }
    return Optional.empty();
  }

  private boolean soldIn(String itemId, String unitStem) {
    return knowledge.catalog().item(itemId)
        .map(i -> i.unit().byLanguage().values().stream().anyMatch(u -> stem(u.toLowerCase(java.util.Locale.ROOT)).equals(unitStem)))
        .orElse(false);
  }

  /** "bottles", "бутылей", "Flaschen" are a form of a unit ("bottle", "бутыль", "Flasche"); "Wasser" is not "Wasserspender". */
  private boolean isUnit(String word) {
    return knowledge.catalog().items().stream()
        .flatMap(i -> i.unit().byLanguage().values().stream())
        .map(u -> u.toLowerCase(java.util.Locale.ROOT))
        .anyMatch(u -> sameWord(word, u));
  }

  private static boolean sameWord(String a, String b) {
    int shared = 0;
    while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    return shared >= 4 && shared >= Math.max(a.length(), b.length()) - 3;
  }

  private static String stem(String w) {
    return w.length() > 4 ? w.substring(0, 4) : w;
  }

  /** A bare number: "3", "3 please", "2)" — the answer to "how many" or "which slot". */
  private static Optional<Integer> number(Turn t) {
    return Quantity.number(CleanText.of(t.message().text()).text());
  }

  /** An address has a house number and some letters; anything else is a question, not an address. */
  private static Optional<String> address(Turn t) {
    String text = CleanText.of(t.message().text()).text().strip();
    if (!hasDigit(text) || text.chars().noneMatch(Character::isLetter) || t.has(Signal.QUESTION) || text.endsWith("?")) {
      return Optional.empty();
    }
    return Optional.of(text.length() > MAX_ADDRESS ? text.substring(0, MAX_ADDRESS) : text);
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  private String availableItems(String lang) {
    List<String> names = new ArrayList<>();
    for (CatalogItem item : knowledge.catalog().items()) {
      if (item.available() && names.size() < 4) {
        names.add(replies.text(item.name(), lang));
      }
    }
    return String.join("; ", names);
  }

  private String brief(PastOrder o, String lang) {
    String name = knowledge.catalog().item(o.item()).map(i -> replies.text(i.name(), lang)).orElse(o.item());
    return replies.say(lang, "order_brief", Map.of("quantity", String.valueOf(o.quantity()), "item", name));
  }

  private String placedOn(PastOrder o, String lang) {
    return replies.date(o.placedAt().atZone(zone).toLocalDate(), lang);
  }

  /** "Not available", citing the item and the substitutes the reply offers, like any catalog answer. */
  private Decision unavailable(Turn t, CatalogItem item, String reason, Optional<OrderDraft> draft) {
    List<String> ids = new java.util.ArrayList<>(List.of(item.id()));
    for (String alt : item.alternatives()) {
      knowledge.catalog().item(alt).filter(CatalogItem::available).ifPresent(a -> ids.add(a.id()));
    }
    return answer(t, replies.unavailable(item, t.language()), reason, draft, ids.toArray(String[]::new));
  }

  private static Decision answer(Turn t, String text, String reason, Optional<OrderDraft> draft, String... ids) {
    return new Decision(
        Action.ANSWER, text, t.language(), List.of(ids), Optional.empty(), Optional.empty(), Optional.of("order"), reason,
        "", Optional.empty(), false, Optional.empty(), Aftercare.NONE.withDraft(draft));
  }
}
