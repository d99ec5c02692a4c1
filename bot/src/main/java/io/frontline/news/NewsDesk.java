package io.frontline.news;

import io.frontline.conversation.ChatId;
import io.frontline.handoff.StaffCommand;
import io.frontline.store.OutboxMessage;
import io.frontline.store.OutboxStore;
import io.frontline.store.Subscriptions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The staff command {@code /news}: {@code /news <text>} (with translations, see {@link NewsText})
 * keeps a draft and answers with a preview and how many subscribers get it in which language;
 * {@code /news send} puts one outbox message per subscriber (keyed {@code news:<id>:<chat>}, so a
 * retry or a restart never sends one twice), which the outbox sender delivers within Telegram's
 * limits; {@code /news cancel} drops the draft. Only listed staff and the staff group's admins reach
 * it (the staff workspace's check). Runs inside the command's store transaction: the draft's status
 * and the messages change together.
 */
public final class NewsDesk implements StaffCommand {

  /**
   * How a news text becomes an outbox message for one client, with a button to unsubscribe in one
   * tap; the transport knows the message format.
   */
  public interface Letter {
    OutboxMessage write(ChatId chat, String text, String language, String dedupKey);
  }

  private final Subscriptions subscriptions;
  private final OutboxStore outbox;
  private final Letter letter;
  private final Set<String> spoken;
  private final String defaultLanguage;
  private final Clock clock;

  /**
   * @param spoken the languages the bot speaks (a subscriber of another language gets the default
   *     language's text)
   */
  public NewsDesk(
      Subscriptions subscriptions, OutboxStore outbox, Letter letter, Set<String> spoken, String defaultLanguage,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.letter = letter;
    this.spoken = Set.copyOf(spoken);
    this.defaultLanguage = defaultLanguage;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "news";
  }

  @Override
  public String help() {
    return "/news <text> (then lines like \"ru: …\" for translations): preview news for subscribers;"
        + " /news send: send the draft; /news cancel: drop it";
  }

  @Override
  public Optional<String> run(Request request) {
    String args = request.args().strip();
    String word = args.toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return Optional.of(usage());
    }
    if (word.equals("send")) {
      return Optional.of(send());
    }
    if (word.equals("cancel")) {
      return Optional.of(subscriptions.currentDraft()
          .filter(d -> subscriptions.decide(d.id(), NewsPost.Status.CANCELLED, 0, clock.instant()))
          .map(d -> "News #" + d.id() + " dropped; nothing was sent.")
          .orElse("There is no news draft to drop."));
    }
    NewsText text = NewsText.parse(args, spoken, defaultLanguage);
    if (text.isEmpty()) {
      return Optional.of(usage());
    }
    NewsPost draft = subscriptions.draft(request.staff(), text.body(), text.translations(), clock.instant());
    return Optional.of(preview(draft));
  }

  /** The language a subscriber reads news in. */
  String languageOf(Subscriber s) {
    return s.language().map(l -> l.toLowerCase(Locale.ROOT)).filter(spoken::contains).orElse(defaultLanguage);
  }

  private String preview(NewsPost draft) {
    List<Subscriber> to = subscriptions.subscribers();
    Map<String, Long> perLanguage = new TreeMap<>(to.stream().collect(Collectors.groupingBy(this::languageOf, Collectors.counting())));
    StringBuilder b = new StringBuilder();
    b.append("News #").append(draft.id()).append(" (draft) for ").append(to.size()).append(" subscriber(s)");
    if (!perLanguage.isEmpty()) {
      b.append(": ").append(perLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    b.append("\n\n").append(draft.body());
    draft.translations().forEach((lang, t) -> b.append("\n\n[").append(lang).append("] ").append(t));
    b.append("\n\nSend it with /news send, or drop it with /news cancel.");
    return b.toString();
  }

  private String send() {
    Optional<NewsPost> draft = subscriptions.currentDraft();
    if (draft.isEmpty()) {
      return "There is no news draft to send: write one with /news <text> first.";
    }
    NewsPost post = draft.get();
    List<Subscriber> to = subscriptions.subscribers();
    // Claimed first: a second /news send (or another instance) finds no draft and sends nothing.
    if (!subscriptions.decide(post.id(), NewsPost.Status.SENT, to.size(), clock.instant())) {
      return "News #" + post.id() + " was already sent or dropped.";
    }
    for (Subscriber s : to) {
      String lang = languageOf(s);
      outbox.enqueue(letter.write(s.chat(), post.textFor(lang), lang, "news:" + post.id() + ":" + s.chat().value()));
    }
    return "News #" + post.id() + " is on its way to " + to.size() + " subscriber(s), within Telegram's limits.";
  }

  private static String usage() {
    return "Write /news followed by the text for everyone; add translations on lines of their own that"
        + " start with the language code, e.g. \"ru: …\". Then /news send (or /news cancel).";
  }
}
