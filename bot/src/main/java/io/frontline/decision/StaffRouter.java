package io.frontline.decision;

import io.frontline.knowledge.KeyClient;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the named person who takes over: never "someone from the department". A key client's
 * account manager comes first; otherwise the people who handle the topic, preferring those who
 * speak the client's language and are on duty; when the first choice is off duty, their backup.
 */
public final class StaffRouter {

  /** The person chosen, whether they are at work now, and when they next are. */
  public record Choice(StaffMember staff, boolean onDuty, LocalDateTime nextOnDuty) {}

  private final Knowledge knowledge;
  private final StaffLoad load;

  public StaffRouter(Knowledge knowledge) {
    this(knowledge, StaffLoad.NONE);
  }

  public StaffRouter(Knowledge knowledge, StaffLoad load) {
    this.knowledge = knowledge;
    this.load = load;
  }

  public Optional<KeyClient> keyClient(ClientInfo client) {
    return knowledge.keyClients().stream()
        .filter(k -> k.matches(client.userId(), client.username()))
        .findFirst();
  }

  public Choice choose(String topic, String language, Instant at, ClientInfo client) {
    LocalDateTime now = LocalDateTime.ofInstant(at, knowledge.company().timeZone());
    Optional<StaffMember> manager =
        keyClient(client).flatMap(k -> knowledge.staffMember(k.accountManager()));
    if (manager.isPresent()) {
      return onDutyOrBackup(manager.get(), language, now);
    }
    List<StaffMember> candidates = handling(topic);
    if (candidates.isEmpty()) {
      candidates = handling("general");
    }
    if (candidates.isEmpty()) {
      candidates = knowledge.staff();
    }
    List<StaffMember> ranked = new ArrayList<>(candidates);
    // Stable sort keeps the company's order among equals: the first listed is the first choice.
    ranked.sort(Comparator.comparing((StaffMember s) -> !s.speaks(language)));
    StaffMember primary = ranked.get(0);
    if (!primary.hours().isOpenAt(now)) {
      // Someone else who handles the topic, speaks as well and is here now comes before the first
      // choice's backup, who may not handle the topic at all: a complaint goes to the manager on
      // duty, not to the receptionist covering for a colleague.
      boolean needsLanguage = primary.speaks(language);
      for (StaffMember s : ranked) {
        if (s.hours().isOpenAt(now) && (!needsLanguage || s.speaks(language))) {
          return leastBusy(ranked, s, language, now);
        }
      }
    }
    Choice choice = onDutyOrBackup(primary, language, now);
    if (choice.onDuty() && choice.staff().equals(primary)) {
      return leastBusy(ranked, primary, language, now);
    }
    // Nobody fit is here (the loop above found no one): the backup covers, or the first choice
    // answers when back.
    return choice;
  }

  private Choice onDutyOrBackup(StaffMember first, String language, LocalDateTime now) {
    if (first.hours().isOpenAt(now)) {
      return new Choice(first, true, now);
    }
    Set<String> seen = new HashSet<>();
    StaffMember current = first;
    while (current.backup().isPresent() && seen.add(current.id())) {
      Optional<StaffMember> backup = knowledge.staffMember(current.backup().get());
      if (backup.isEmpty()) {
        break;
      }
      current = backup.get();
      if (current.hours().isOpenAt(now) && (current.speaks(language) || !first.speaks(language))) {
        return new Choice(current, true, now);
      }
    }
    return new Choice(first, false, first.hours().nextOpening(now).orElse(now));
  }

  /**
   * Among the people as fit as {@code primary} (they speak the language if it does, and are on duty
   * now), the one with the fewest open conversations; the company's order breaks ties, so with no
   * load the first choice stays the first listed.
   */
  private Choice leastBusy(List<StaffMember> ranked, StaffMember primary, String language, LocalDateTime now) {
    boolean needsLanguage = primary.speaks(language);
    StaffMember best = primary;
    int bestLoad = load.open(primary.id());
    for (StaffMember s : ranked) {
      if (bestLoad == 0) {
        break;
      }
      if (s.equals(primary) || needsLanguage && !s.speaks(language) || !s.hours().isOpenAt(now)) {
        continue;
      }
      int l = load.open(s.id());
      if (l < bestLoad) {
        best = s;
        bestLoad = l;
      }
    }
    return new Choice(best, true, now);
  }

  /** Whether anyone on the staff handles {@code topic}. */
  public boolean handles(String topic) {
    return !handling(topic).isEmpty();
  }

  private List<StaffMember> handling(String topic) {
    return knowledge.staff().stream().filter(s -> s.handles(topic)).toList();
  }
}
