package io.frontline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code hours:} maps such as {@code mon-fri: "09:00-18:00"}, {@code sun: closed}. */
final class HoursParser {

  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private HoursParser() {}

  static WorkingHours parse(YamlSource src, String pointer, WorkingHours absent) {
    JsonNode node = src.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return absent;
    }
    if (!node.isObject()) {
      src.error(pointer, "must be a map such as mon-fri: \"09:00-18:00\"");
      return absent;
    }
    Map<DayOfWeek, List<WorkingHours.Range>> days = new EnumMap<>(DayOfWeek.class);
    Map<java.time.LocalDate, List<WorkingHours.Range>> dates = new java.util.HashMap<>();
    Iterator<String> keys = node.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String at = pointer + "/" + key;
      java.util.Optional<java.time.LocalDate> date = date(key.trim());
      List<DayOfWeek> span = date.isPresent() ? List.of() : days(key.toLowerCase(Locale.ROOT));
      if (date.isEmpty() && span.isEmpty()) {
        src.error(at, "'" + key + "' is not a day, a day range (mon, tue-fri, …) or a date (2026-12-24)");
        continue;
      }
      String value = node.get(key).asText("").trim().toLowerCase(Locale.ROOT);
      List<WorkingHours.Range> ranges = new ArrayList<>();
      if (!value.equals("closed") && !value.isEmpty()) {
        for (String part : value.split(",")) {
          WorkingHours.Range range = range(part.trim());
          if (range == null) {
            src.error(at, "'" + part.trim() + "' is not a time range like 09:00-18:00");
          } else {
            ranges.add(range);
          }
        }
      }
      span.forEach(d -> days.put(d, ranges));
      date.ifPresent(d -> dates.put(d, ranges));
    }
    return new WorkingHours(days, dates);
  }

  /** "2026-12-24": a date whose hours differ from its weekday's (a holiday, a short day). */
  private static java.util.Optional<java.time.LocalDate> date(String key) {
    try {
      return java.util.Optional.of(java.time.LocalDate.parse(key));
    } catch (java.time.format.DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static List<DayOfWeek> days(String key) {
    String[] ends = key.split("-", 2);
    int from = DAYS.indexOf(ends[0].trim());
    int to = ends.length == 2 ? DAYS.indexOf(ends[1].trim()) : from;
    List<DayOfWeek> out = new ArrayList<>();
    if (from < 0 || to < 0 || to < from) {
      return out;
    }
    for (int i = from; i <= to; i++) {
      out.add(DayOfWeek.of(i + 1));
    }
    return out;
  }

  private static WorkingHours.Range range(String text) {
    String[] ends = text.split("-", 2);
    if (ends.length != 2) {
      return null;
    }
    try {
      LocalTime from = LocalTime.parse(pad(ends[0].trim()));
      String toText = ends[1].trim();
      LocalTime to = toText.equals("24:00") ? LocalTime.MAX : LocalTime.parse(pad(toText));
      return to.isAfter(from) ? new WorkingHours.Range(from, to) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String pad(String t) {
    return t.length() == 4 ? "0" + t : t;
  }
}
