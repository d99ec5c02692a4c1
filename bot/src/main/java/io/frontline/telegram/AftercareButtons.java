package io.frontline.telegram;

import io.frontline.decision.Decision;
import io.frontline.knowledge.DeliverySlot;
import io.frontline.order.OrderDraft;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Buttons under order questions and suggestions, so answering is one tap: yes / no under the
 * repeated order, a button per offered delivery slot, yes / no under a suggestion (declining is as
 * easy as accepting). Each button stands for what the client could type instead.
 */
final class AftercareButtons {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

  private AftercareButtons() {}

  static List<List<OutboxPayload.Button>> of(Decision d, Wordings words) {
    String lang = d.language();
    if (d.aftercare().offered().isPresent()) {
      return List.of(List.of(
          new OutboxPayload.Button(words.plain(lang, "suggestion_yes_button"), UpdateProcessor.SUGGESTION_YES),
          new OutboxPayload.Button(words.plain(lang, "suggestion_no_button"), UpdateProcessor.SUGGESTION_NO)));
    }
    Optional<OrderDraft> draft = d.aftercare().draft();
    if (draft.isEmpty()) {
      return List.of();
    }
    return switch (draft.get().stage()) {
      case CONFIRM -> List.of(List.of(
          new OutboxPayload.Button(words.plain(lang, "order_confirm_button"), UpdateProcessor.ORDER_YES),
          new OutboxPayload.Button(words.plain(lang, "order_cancel_button"), UpdateProcessor.ORDER_NO)));
      case SLOT -> {
        List<List<OutboxPayload.Button>> rows = new ArrayList<>();
        List<DeliverySlot> slots = draft.get().offeredSlots();
        for (int i = 0; i < slots.size() && i < 9; i++) {
          DeliverySlot s = slots.get(i);
          rows.add(List.of(new OutboxPayload.Button(
              (i + 1) + ") " + s.date().format(DAY) + ", " + s.hours(), UpdateProcessor.ORDER_SLOT + (i + 1))));
        }
        yield rows;
      }
      default -> List.of();
    };
  }
}
