package io.frontline.handoff;

import io.frontline.decision.Action;
import io.frontline.decision.Decision;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.wording.Phrasebook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A hand-over rehearsed in the console ({@code frontline chat}): the card the person would get,
 * and the tester answering as staff ({@code staff: text}, {@code /note}, {@code /assign <staff>},
 * {@code /who}, {@code /done}) while the bot stays quiet, as it does on Telegram. Keeps the
 * conversation in memory; nothing is sent anywhere.
 */
public final class Rehearsal {

  private final Knowledge knowledge;
  private final Phrasebook phrases;
  private final Summarizer summarizer;
  private final List<HandoffCard.Line> transcript = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private Optional<Owner> owner = Optional.empty();
  private int handoffs;

  private record Owner(String staff, String language, String topic, String reason, String words, boolean answered, boolean acked) {}

  public Rehearsal(Knowledge knowledge, Phrasebook phrases, Summarizer summarizer) {
    this.knowledge = knowledge;
    this.phrases = phrases;
    this.summarizer = summarizer;
  }

  /** Whether a person owns the chat (the bot does not answer the client). */
  public boolean owned() {
    return owner.isPresent();
  }

  /** A line the tester typed is for staff: {@code staff: ...} or a staff command while a person owns the chat. */
  public boolean isStaffLine(String line) {
    String l = line.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("staff:")
        || owned() && (l.startsWith("/done") || l.startsWith("/note") || l.startsWith("/assign") || l.startsWith("/who"));
  }

  /** The client wrote and the bot decided: the card when it handed over (to print), else empty. */
  public Optional<HandoffCard> turn(String clientText, Decision d, Instant at) {
    transcript.add(new HandoffCard.Line(at, "client", clientText));
    transcript.add(new HandoffCard.Line(at, "bot", d.reply()));
    reasons.add(d.reason());
    if (d.action() != Action.ESCALATE || d.staff().isEmpty()) {
      return Optional.empty();
    }
    handoffs++;
    owner = Optional.of(new Owner(d.staff().get(), d.language(), d.topic().orElse("general"), d.reason(), clientText, false, false));
    return Optional.of(card(at));
  }

  /** The client wrote while a person owns the chat: what the console shows (relayed, maybe acknowledged). */
  public List<String> clientWhileOwned(String text, Instant at) {
    Owner o = owner.orElseThrow();
    transcript.add(new HandoffCard.Line(at, "client", text));
    List<String> out = new ArrayList<>();
    out.add("[to " + name(o.staff(), "en") + "'s topic: " + text + "]");
    if (!o.answered() && !o.acked()) {
      String ack =
          Waiting.acknowledgement(
              knowledge.staffMember(o.staff()).orElseThrow(), name(o.staff(), o.language()), at,
              knowledge.company().timeZone(), (key, args) -> phrases.say(o.language(), key, args));
      transcript.add(new HandoffCard.Line(at, "bot", ack));
      out.add("bot> " + ack);
      owner = Optional.of(new Owner(o.staff(), o.language(), o.topic(), o.reason(), o.words(), o.answered(), true));
    }
    return out;
  }

  /** A staff line: what the console shows. */
  public List<String> staff(String line, Instant at) {
    String l = line.strip();
    if (owner.isEmpty()) {
      return List.of("[nobody has taken over; the bot has the chat]");
    }
    Owner o = owner.get();
    if (l.toLowerCase(Locale.ROOT).startsWith("staff:")) {
      String text = l.substring("staff:".length()).strip();
      if (text.startsWith("/")) {
        return staff(text, at);
      }
      transcript.add(new HandoffCard.Line(at, "staff", name(o.staff(), "en") + ": " + text));
      owner = Optional.of(new Owner(o.staff(), o.language(), o.topic(), o.reason(), o.words(), true, o.acked()));
      return List.of(name(o.staff(), "en") + "> " + text);
    }
    String[] parts = l.split("\\s+", 2);
    String args = parts.length > 1 ? parts[1] : "";
    switch (parts[0].toLowerCase(Locale.ROOT)) {
      case "/note" -> {
        return List.of("[note kept for staff]");
      }
      case "/who" -> {
        return List.of(card(at).plain());
      }
      case "/assign" -> {
        Optional<StaffMember> to = knowledge.staffMember(args.strip().toLowerCase(Locale.ROOT));
        if (to.isEmpty()) {
          return List.of("[who? /assign <staff>, one of: " + String.join(", ", knowledge.staff().stream().map(StaffMember::id).toList()) + "]");
        }
        owner = Optional.of(new Owner(to.get().id(), o.language(), o.topic(), o.reason(), o.words(), false, false));
        String said = phrases.say(o.language(), "handoff_assigned",
            Map.of("staff", name(to.get().id(), o.language()), "role", to.get().role().in(o.language(), knowledge.defaultLanguage())));
        transcript.add(new HandoffCard.Line(at, "bot", said));
        return List.of("bot> " + said);
      }
      case "/done" -> {
        owner = Optional.empty();
        String said = phrases.say(o.language(), "handoff_done");
        transcript.add(new HandoffCard.Line(at, "bot", said));
        return List.of("bot> " + said, "[the bot has the chat again]");
      }
      default -> {
        return List.of("[staff commands: staff: <text>, /note, /assign <staff>, /who, /done]");
      }
    }
  }

  private HandoffCard card(Instant at) {
    Owner o = owner.orElseThrow();
    StaffMember s = knowledge.staffMember(o.staff()).orElseThrow();
    String en = knowledge.defaultLanguage();
    List<HandoffCard.Line> inline = transcript.subList(Math.max(0, transcript.size() - HandoffCard.INLINE), transcript.size());
    List<String> earlier = reasons.subList(0, Math.max(0, reasons.size() - 1));
    String summary =
        Summaries.safely(summarizer,
            new Summarizer.Input(o.topic(), o.reason(), earlier, o.words(), inline.stream().map(l -> l.who() + ": " + l.text()).toList()));
    List<String> botSaid =
        transcript.stream().filter(l -> l.who().equals("bot")).map(HandoffCard.Line::text).toList();
    return new HandoffCard(
        "console client", Optional.empty(), o.language(), transcript.get(0).at(), Optional.empty(), handoffs - 1,
        OptionalInt.empty(), s.name().in("en", en), HandoffCard.esc(s.name().in("en", en)), s.role().in("en", en), o.topic(),
        o.reason(), o.words(), summary, botSaid.subList(Math.max(0, botSaid.size() - 3), botSaid.size()), inline,
        transcript.size(), knowledge.company().timeZone());
  }

  private String name(String staff, String lang) {
    return knowledge.staffMember(staff).map(s -> s.name().in(lang, knowledge.defaultLanguage())).orElse(staff);
  }
}
