package io.frontline.knowledge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One delivery window on one day. */
public record DeliverySlot(LocalDate date, LocalTime from, LocalTime to) {

  /** The window as "16:00-20:00". */
  public String hours() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("HH:mm");
    return from.format(f) + "-" + (to.equals(LocalTime.MAX) ? "24:00" : to.format(f));
  }
}
