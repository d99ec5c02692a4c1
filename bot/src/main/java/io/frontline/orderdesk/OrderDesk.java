package io.frontline.orderdesk;

import io.frontline.conversation.ChatId;
import io.frontline.decision.ClientInfo;
import io.frontline.handoff.StaffChannel;
import io.frontline.handoff.StaffCommand;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.order.NewOrder;
import io.frontline.order.OrderStatus;
import io.frontline.store.OrderBook;
import io.frontline.store.StoredOrder;
import io.frontline.wording.Phrasebook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff side of orders: the card the person who handles an order gets in the client's topic of
 * the staff group (in direct mode: their private chat with the bot), and the staff command
 * {@code /order 12 done} or {@code /order 12 cancelled} that closes it. Built on the staff
 * workspace's seams ({@link StaffChannel}, {@link StaffCommand}), so only listed staff and the
 * group's admins can close an order.
 */
public final class OrderDesk implements StaffCommand {

  private final Knowledge knowledge;
  private final Phrasebook phrases;
  private final OrderBook orders;
  private final Clock clock;

  public OrderDesk(Knowledge knowledge, Phrasebook phrases, OrderBook orders, Clock clock) {
    this.knowledge = knowledge;
    this.phrases = phrases;
    this.orders = orders;
    this.clock = clock;
  }

  /** The order card for the person who handles it, to post in the client's topic. */
  public StaffChannel.Post card(ChatId chat, long id, NewOrder order, ClientInfo client) {
    String lang = knowledge.staffMember(order.handler()).map(this::language).orElse(knowledge.defaultLanguage());
    String item = knowledge.catalog().item(order.quote().item()).map(i -> i.name().in(lang, knowledge.defaultLanguage())).orElse(order.quote().item());
    List<String> who = new ArrayList<>();
    client.firstName().ifPresent(who::add);
    client.username().ifPresent(u -> who.add("@" + u));
    client.userId().ifPresent(u -> who.add("tg://user?id=" + u));
    String text =
        phrases.say(
            lang,
            "order_card",
            Map.of(
                "id", String.valueOf(id),
                "client", who.isEmpty() ? "-" : String.join(", ", who),
                "quantity", String.valueOf(order.quote().quantity()),
                "item", item,
                "total", order.quote().total().stripTrailingZeros().toPlainString(),
                "currency", knowledge.catalog().currency(),
                "address", order.address(),
                "slot", order.slot().date() + " " + order.slot().hours()));
    return new StaffChannel.Post(Optional.of(chat), Optional.of(order.handler()), text, "order:" + id + ":card");
  }

  @Override
  public String name() {
    return "order";
  }

  @Override
  public String help() {
    return "/order 12 done (delivered) or /order 12 cancelled: close an order taken in the chat";
  }

  @Override
  public Optional<String> run(Request request) {
    String lang = knowledge.staffMember(request.staff()).map(this::language).orElse(knowledge.defaultLanguage());
    String[] parts = request.args().strip().replaceFirst("^#", "").split("\\s+");
    Optional<OrderStatus> status =
        parts.length == 2 ? statusOf(parts[1]) : Optional.empty();
    if (parts.length != 2 || !parts[0].matches("\\d{1,15}") || status.isEmpty()) {
      return Optional.of(phrases.say(lang, "order_command_usage"));
    }
    long id = Long.parseLong(parts[0]);
    Optional<StoredOrder> changed = orders.find(id).flatMap(o -> orders.setStatus(id, status.get(), clock.instant()));
    if (changed.isEmpty()) {
      return Optional.of(phrases.say(lang, "order_unknown", Map.of("id", String.valueOf(id))));
    }
    return Optional.of(phrases.say(lang, "order_marked_" + status.get().key(), Map.of("id", String.valueOf(id))));
  }

  private static Optional<OrderStatus> statusOf(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "done", "delivered" -> Optional.of(OrderStatus.DONE);
      case "cancel", "cancelled", "canceled" -> Optional.of(OrderStatus.CANCELLED);
      default -> Optional.empty();
    };
  }

  private String language(StaffMember s) {
    return s.languages().stream().filter(phrases.languages()::contains).findFirst().orElse(knowledge.defaultLanguage());
  }
}
