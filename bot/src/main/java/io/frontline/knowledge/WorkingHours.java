package io.frontline.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Opening hours per weekday, in local time of the company's time zone, and the dates that differ
 * from their weekday (a public holiday closed, Christmas Eve until 13:00).
 */
public record WorkingHours(Map<DayOfWeek, List<Range>> days, Map<LocalDate, List<Range>> dates) {

  public static final WorkingHours ALWAYS =
      new WorkingHours(allDays(List.of(new Range(LocalTime.MIN, LocalTime.MAX))));

  public WorkingHours {
    EnumMap<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach((d, r) -> copy.put(d, List.copyOf(r)));
    days = java.util.Collections.unmodifiableMap(copy);
    TreeMap<LocalDate, List<Range>> byDate = new TreeMap<>();
    dates.forEach((d, r) -> byDate.put(d, List.copyOf(r)));
    dates = java.util.Collections.unmodifiableSortedMap(byDate);
  }

  /** Weekly hours with no dated exceptions. */
  public WorkingHours(Map<DayOfWeek, List<Range>> days) {
    this(days, Map.of());
  }

  private static Map<DayOfWeek, List<Range>> allDays(List<Range> ranges) {
    Map<DayOfWeek, List<Range>> m = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(d, ranges);
    }
    return m;
  }

  /** The hours of one date: its own, when the company listed the date, else its weekday's. */
  public List<Range> on(LocalDate date) {
    List<Range> own = dates.get(date);
    return own != null ? own : days.getOrDefault(date.getDayOfWeek(), List.of());
  }

  public boolean isOpenAt(LocalDateTime local) {
    return on(local.toLocalDate()).stream().anyMatch(r -> r.contains(local.toLocalTime()));
  }

  /** The next moment (now or later, within two weeks) when these hours begin. */
  public Optional<LocalDateTime> nextOpening(LocalDateTime local) {
    if (isOpenAt(local)) {
      return Optional.of(local);
    }
    // Two weeks, not one: a week of holidays may close every weekday once.
    for (int offset = 0; offset <= 14; offset++) {
      LocalDate date = local.toLocalDate().plusDays(offset);
      for (Range r : on(date)) {
        LocalDateTime start = date.atStartOfDay().with(r.from());
        if (!start.isBefore(local)) {
          return Optional.of(start);
        }
      }
    }
    return Optional.empty();
  }

  /** A half-open time range [from, to). */
  public record Range(LocalTime from, LocalTime to) {
    public boolean contains(LocalTime t) {
      return !t.isBefore(from) && (t.isBefore(to) || to.equals(LocalTime.MAX));
    }
  }
}
