package io.frontline.knowledge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When couriers deliver: the slots a client chooses from when ordering in the chat.
 *
 * @param slots per weekday, each range one slot ({@code mon-fri: "08:00-12:00, 16:00-20:00"})
 * @param leadHours a slot is offered only if it starts at least this many hours after the order
 * @param offered how many upcoming slots the bot offers at once
 */
public record DeliverySchedule(WorkingHours slots, int leadHours, int offered) {

  /** No schedule in the knowledge: the bot does not take orders in the chat. */
  public static final DeliverySchedule NONE = new DeliverySchedule(new WorkingHours(java.util.Map.of()), 0, 0);

  public boolean isEmpty() {
    return offered == 0 || slots.days().values().stream().allMatch(List::isEmpty);
  }

  /** The next {@link #offered} slots that start at least {@link #leadHours} after {@code now}. */
  public List<DeliverySlot> upcoming(LocalDateTime now) {
    List<DeliverySlot> out = new ArrayList<>();
    LocalDateTime earliest = now.plusHours(leadHours);
    // Two weeks is enough to find the offered number of slots in any sensible schedule.
    for (int day = 0; day < 14 && out.size() < offered; day++) {
      LocalDate date = now.toLocalDate().plusDays(day);
      for (WorkingHours.Range r : slots.days().getOrDefault(date.getDayOfWeek(), List.of())) {
        if (!date.atTime(r.from()).isBefore(earliest) && out.size() < offered) {
          out.add(new DeliverySlot(date, r.from(), r.to()));
        }
      }
    }
    return out;
  }
}
