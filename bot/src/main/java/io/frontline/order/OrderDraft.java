package io.frontline.order;

import io.frontline.knowledge.DeliverySlot;
import java.util.List;
import java.util.Optional;

/**
 * An order being taken, turn by turn: what is known so far and what the bot asked last.
 *
 * @param offeredSlots the slots the bot listed, so "2" means the second of them
 */
public record OrderDraft(
    Stage stage,
    Optional<String> item,
    Optional<Integer> quantity,
    Optional<String> address,
    Optional<DeliverySlot> slot,
    List<DeliverySlot> offeredSlots) {

  /** What the bot is waiting for. */
  public enum Stage {
    ITEM,
    QUANTITY,
    ADDRESS,
    SLOT,
    CONFIRM
  }

  public static final OrderDraft EMPTY =
      new OrderDraft(Stage.ITEM, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public OrderDraft {
    item = item == null ? Optional.empty() : item;
    quantity = quantity == null ? Optional.empty() : quantity;
    address = address == null ? Optional.empty() : address;
    slot = slot == null ? Optional.empty() : slot;
    offeredSlots = offeredSlots == null ? List.of() : List.copyOf(offeredSlots);
  }

  public OrderDraft withItem(String id) {
    return new OrderDraft(stage, Optional.of(id), quantity, address, slot, offeredSlots);
  }

  public OrderDraft withQuantity(int n) {
    return new OrderDraft(stage, item, Optional.of(n), address, slot, offeredSlots);
  }

  public OrderDraft withAddress(String a) {
    return new OrderDraft(stage, item, quantity, Optional.of(a), slot, offeredSlots);
  }

  public OrderDraft withSlot(DeliverySlot s) {
    return new OrderDraft(stage, item, quantity, address, Optional.of(s), offeredSlots);
  }

  public OrderDraft at(Stage next, List<DeliverySlot> offered) {
    return new OrderDraft(next, item, quantity, address, slot, offered);
  }
}
