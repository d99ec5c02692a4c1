package io.frontline.store;

import java.util.Optional;

/** What each scheduled job last did (its period, e.g. the week a summary covered). */
public interface JobLog {

  /** The period {@code job} was last done for; empty if never. */
  Optional<String> lastPeriod(String job);

  /** Records that {@code job} is done for {@code period}. */
  void done(String job, String period);
}
