package io.frontline.handoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the person who takes over needs, so the client never repeats themselves: who the client
 * is, why the bot handed over, a short summary, what the bot already said, and the conversation.
 * {@link #html()} is the card for Telegram (every value escaped; the person mentioned), {@link
 * #plain()} the same for the console; the transcript goes in its own message(s), see
 * {@link #transcriptText()}.
 *
 * @param staffMention HTML that mentions the person (a link to their Telegram account)
 * @param expect when the client was told to expect an answer, in words
 * @param botAnswers what the bot already answered or offered, latest last
 * @param transcript the conversation's last messages (at most {@link #INLINE} of them)
 * @param totalMessages how many messages the whole conversation has
 */
public record HandoffCard(
    String clientName,
    Optional<String> username,
    String language,
    Instant firstContact,
    Optional<String> contactSource,
    int pastHandoffs,
    OptionalInt orders,
    String staffName,
    String staffMention,
    String staffRole,
    String topic,
    String reason,
    String clientWords,
    String summary,
    List<String> botAnswers,
    List<Line> transcript,
    int totalMessages,
    ZoneId zone) {

  /** Messages shown inline; the whole conversation goes as a file when it is longer. */
  public static final int INLINE = 30;

  private static final int LONGEST_QUOTE = 600;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

  /** One message of the conversation: when, who ("client", "bot", a person's name), what. */
  public record Line(Instant at, String who, String text) {}

  public HandoffCard {
    botAnswers = List.copyOf(botAnswers);
    transcript = List.copyOf(transcript);
  }

  /** Whether the whole conversation should be attached as a file. */
  public boolean longerThanInline() {
    return totalMessages > transcript.size();
  }

  public String html() {
    StringBuilder b = new StringBuilder();
    b.append("\uD83D\uDCE5 <b>").append(esc(topic)).append("</b> for ").append(staffMention)
        .append(" (").append(esc(staffRole)).append(")\n\n");
    b.append("<b>Client:</b> ").append(esc(clientName));
    username.ifPresent(u -> b.append(" @").append(esc(u)));
    b.append(" · ").append(esc(language)).append('\n');
    b.append("<b>First contact:</b> ").append(DAY.format(firstContact.atZone(zone)));
    contactSource.ifPresent(s -> b.append(" · came via ").append(esc(s)));
    b.append('\n');
    b.append("<b>Before:</b> ").append(pastHandoffs).append(" hand-over(s), ")
        .append(orders.isPresent() ? orders.getAsInt() + " order(s)" : "orders not tracked").append("\n\n");
    b.append("<b>Why:</b> ").append(esc(reason)).append('\n');
    b.append("<b>In their words:</b> <i>").append(esc(cut(clientWords))).append("</i>\n\n");
    b.append("<b>Summary</b>\n").append(esc(summary)).append('\n');
    if (!botAnswers.isEmpty()) {
      b.append("\n<b>The bot already said</b>\n");
      for (String a : botAnswers) {
        b.append("• ").append(esc(cut(a))).append('\n');
      }
    }
    b.append("\nReply in this topic: it goes to the client. /note text stays here, /assign &lt;staff&gt;, /done, /who.");
    return b.toString();
  }

  public String plain() {
    StringBuilder b = new StringBuilder();
    b.append("== hand-over: ").append(topic).append(" for ").append(staffName).append(" (").append(staffRole).append(") ==\n");
    b.append("client: ").append(clientName);
    username.ifPresent(u -> b.append(" @").append(u));
    b.append(" · ").append(language).append(" · first contact ").append(DAY.format(firstContact.atZone(zone)));
    contactSource.ifPresent(s -> b.append(" · came via ").append(s));
    b.append('\n');
    b.append("before: ").append(pastHandoffs).append(" hand-over(s), ")
        .append(orders.isPresent() ? orders.getAsInt() + " order(s)" : "orders not tracked").append('\n');
    b.append("why: ").append(reason).append('\n');
    b.append("in their words: ").append(cut(clientWords)).append('\n');
    b.append("summary: ").append(summary.replace("\n", "\n         ")).append('\n');
    for (String a : botAnswers) {
      b.append("bot said: ").append(cut(a).replace("\n", " ")).append('\n');
    }
    b.append(transcriptText());
    return b.toString();
  }

  /** The inline transcript, plain text, oldest first. */
  public String transcriptText() {
    StringBuilder b = new StringBuilder();
    b.append("Conversation (last ").append(transcript.size()).append(" of ").append(totalMessages).append("):\n");
    for (Line l : transcript) {
      b.append(TIME.format(l.at().atZone(zone))).append(' ').append(l.who()).append(": ")
          .append(cut(l.text()).replace("\n", " ")).append('\n');
    }
    return b.toString();
  }

  /** The whole conversation as a text file's content. */
  public static String transcriptFile(List<Line> all, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    for (Line l : all) {
      lines.add(DAY.format(l.at().atZone(zone)) + " " + l.who() + ": " + l.text());
    }
    return String.join("\n", lines) + "\n";
  }

  private static String cut(String s) {
    String t = s.strip();
    return t.length() > LONGEST_QUOTE ? t.substring(0, LONGEST_QUOTE) + "…" : t;
  }

  /** Escapes text for Telegram's HTML: only &amp;, &lt; and &gt; are special there. */
  public static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
