package io.frontline.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opening hours per weekday, in local time of the company's time zone. */
public record WorkingHours(Map<DayOfWeek, List<Range>> days) {

  public static final WorkingHours ALWAYS =
      new WorkingHours(allDays(List.of(new Range(LocalTime.MIN, LocalTime.MAX))));

  public WorkingHours {
    EnumMap<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach((d, r) -> copy.put(d, List.copyOf(r)));
    days = java.util.Collections.unmodifiableMap(copy);
  }

  private static Map<DayOfWeek, List<Range>> allDays(List<Range> ranges) {
    Map<DayOfWeek, List<Range>> m = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      m.put(d, ranges);
    }
    return m;
  }

  public boolean isOpenAt(LocalDateTime local) {
    return days.getOrDefault(local.getDayOfWeek(), List.of()).stream()
        .anyMatch(r -> r.contains(local.toLocalTime()));
  }

  /** The next moment (now or later, within a week) when these hours begin. */
  public Optional<LocalDateTime> nextOpening(LocalDateTime local) {
    if (isOpenAt(local)) {
      return Optional.of(local);
    }
    for (int offset = 0; offset <= 7; offset++) {
      LocalDateTime day = local.toLocalDate().plusDays(offset).atStartOfDay();
      for (Range r : days.getOrDefault(day.getDayOfWeek(), List.of())) {
        LocalDateTime start = day.with(r.from());
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
