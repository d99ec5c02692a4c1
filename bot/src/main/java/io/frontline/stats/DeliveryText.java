package io.frontline.stats;

import io.frontline.store.FailedMessage;
import java.util.List;
import java.util.Locale;

/**
 * The delivery part of {@code frontline stats}: messages given up (clients who blocked the bot
 * apart from the rest, which a person should look at), and updates rejected as unreadable.
 */
public final class DeliveryText {

  /** Failures listed one by one, at most. */
  static final int LISTED = 10;

  private DeliveryText() {}

  public static String of(List<FailedMessage> failed, long rejectedUpdates) {
    StringBuilder sb = new StringBuilder();
    List<FailedMessage> other = failed.stream().filter(f -> !clientGone(f)).toList();
    sb.append(String.format(
        "messages not delivered: %d (to clients who blocked the bot: %d; other: %d)%n",
        failed.size(), failed.size() - other.size(), other.size()));
    for (FailedMessage f : other.subList(0, Math.min(LISTED, other.size()))) {
      sb.append(String.format("  chat %d, %s, %s: %s%n", f.chat().value(), f.kind(), f.enqueuedAt(), oneLine(f.error())));
    }
    if (other.size() > LISTED) {
      sb.append(String.format("  ... and %d more%n", other.size() - LISTED));
    }
    sb.append(String.format("updates rejected as unreadable: %d%n", rejectedUpdates));
    return sb.toString();
  }

  static boolean clientGone(FailedMessage f) {
    String e = f.error().toLowerCase(Locale.ROOT);
    return e.startsWith("[403]") || e.contains("chat not found") || e.contains("blocked the bot");
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 160 ? line.substring(0, 159) + "…" : line;
  }
}
