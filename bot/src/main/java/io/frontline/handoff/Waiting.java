package io.frontline.handoff;

import io.frontline.knowledge.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a client who writes while waiting is told, honestly: "Anna has your conversation and will
 * reply soon" while Anna is at work, "Anna will be back tomorrow from 9:00…" when she is not.
 * Words from prompts/ ({@code handoff_waiting}, {@code escalate_later}, {@code when_*}).
 */
public final class Waiting {

  /** The phrases in the client's language. */
  @FunctionalInterface
  public interface Say {
    String say(String key, Map<String, String> args);
  }

  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("H:mm");

  private Waiting() {}

  public static String acknowledgement(StaffMember s, String name, Instant now, ZoneId zone, Say say) {
    LocalDateTime local = LocalDateTime.ofInstant(now, zone);
    Optional<LocalDateTime> next = s.hours().nextOpening(local);
    if (s.hours().isOpenAt(local) || next.isEmpty()) {
      return say.say("handoff_waiting", Map.of("staff", name));
    }
    return say.say("escalate_later", Map.of("staff", name, "when", when(next.get(), local, say)));
  }

  private static String when(LocalDateTime next, LocalDateTime now, Say say) {
    String time = next.toLocalTime().format(HM);
    LocalDate day = next.toLocalDate();
    if (day.equals(now.toLocalDate())) {
      return say.say("when_today", Map.of("time", time));
    }
    if (day.equals(now.toLocalDate().plusDays(1))) {
      return say.say("when_tomorrow", Map.of("time", time));
    }
    String weekday = say.say("weekday_" + next.getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT), Map.of());
    return say.say("when_weekday", Map.of("day", weekday, "time", time));
  }
}
