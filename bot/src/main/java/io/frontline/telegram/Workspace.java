package io.frontline.telegram;

import io.frontline.store.OutboxMessage;
import io.frontline.conversation.ChatId;
import io.frontline.handoff.HandoffCard;
import io.frontline.handoff.HandoffStore;
import io.frontline.handoff.StaffChannel;
import io.frontline.handoff.Stage;
import io.frontline.knowledge.Knowledge;
import io.frontline.knowledge.StaffMember;
import io.frontline.store.ClientDirectory;
import io.frontline.store.OutboxStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where staff messages go, as outbox rows. With a staff group (STAFF_CHAT_ID, a supergroup with
 * topics): each client's messages go into the client's forum topic, titled with the client's name,
 * the person who has them and the state. Without one (direct mode): into the private chat of the
 * person who owns the chat, each message tagged {@code #client<id>} so that person's Telegram reply
 * finds the client again.
 */
final class Workspace implements StaffChannel {

  private static final Pattern TAG = Pattern.compile("#client(\\d+)");

  private final Optional<ChatId> group;
  /** The knowledge answering now: a hot reload replaces it (staff, partners, the company). */
  private final Supplier<Knowledge> knowledgeNow;
  private final HandoffStore handoffs;
  private final ClientDirectory clients;
  private final OutboxStore outbox;
  private final io.frontline.store.Transcript transcript;
  private final java.time.Clock clock;
  private final Runnable wake;

  Workspace(
      Optional<ChatId> group, Supplier<Knowledge> knowledge, HandoffStore handoffs, ClientDirectory clients, OutboxStore outbox,
      io.frontline.store.Transcript transcript, java.time.Clock clock, Runnable wake) {
    this.group = group;
    this.knowledgeNow = knowledge;
    this.handoffs = handoffs;
    this.clients = clients;
    this.outbox = outbox;
    this.transcript = transcript;
    this.clock = clock;
    this.wake = wake;
  }

  boolean direct() {
    return group.isEmpty();
  }

  Optional<ChatId> group() {
    return group;
  }

  /** The client a direct-mode message names ({@code #client<id>} in the text replied to). */
  static Optional<ChatId> taggedClient(String text) {
    Matcher m = TAG.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(new ChatId(Long.parseLong(m.group(1)))) : Optional.empty();
  }

  /** In direct mode, what lets a reply find the client; nothing with a staff group. */
  String tag(ChatId client) {
    return direct() ? "\n#client" + client.value() : "";
  }

  /** The client as staff see them: first name and @username. */
  String clientName(ChatId client) {
    return clients.find(client)
        .map(c -> c.firstName().orElse("client") + c.username().map(u -> " @" + u).orElse(""))
        .orElse("client " + client.value());
  }

  String staffName(String staffId) {
    return knowledgeNow.get().staffMember(staffId).map(s -> s.name().in("en", knowledgeNow.get().defaultLanguage())).orElse(staffId);
  }

  /** A mention that notifies the person: a link to their Telegram account. */
  String mention(String staffId) {
    return knowledgeNow.get().staffMember(staffId).map(Workspace::mention).orElse(HandoffCard.esc(staffId));
  }

  static String mention(StaffMember s) {
    return "<a href=\"tg://user?id=" + s.telegramUserId() + "\">" + HandoffCard.esc(s.name().in("en", "en")) + "</a>";
  }

  /** The topic's title: state, client, person. */
  String title(ChatId client, Stage stage, String staffId) {
    String mark = switch (stage) {
      case WAITING -> "\uD83D\uDFE1";
      case REMINDED -> "\uD83D\uDFE0";
      case BACKUP -> "\uD83D\uDD34";
      case ANSWERED -> "\uD83D\uDFE2";
      case DONE -> "\u2705";
    };
    return mark + " " + clientName(client) + " · " + staffName(staffId);
  }

  private OutboxPayload.Where where(ChatId client, Stage stage, String owner) {
    return direct() ? OutboxPayload.Where.CHAT : new OutboxPayload.Where(client.value(), title(client, stage, owner));
  }

  /** Group mode: the group; direct mode: the owner's private chat. */
  private ChatId target(String owner) {
    return group.orElseGet(
        () -> new ChatId(knowledgeNow.get().staffMember(owner).map(StaffMember::telegramUserId).orElse(0L)));
  }

  /** Renames (creating if needed) the client's topic to show the state; nothing in direct mode. */
  void retitle(Sink out, ChatId client, Stage stage, String owner) {
    if (!direct()) {
      out.enqueue(OutboxPayload.topic(group.get(), new OutboxPayload.Topic(where(client, stage, owner)), out.nextKey()).about(client));
    }
  }

  void html(Sink out, ChatId client, Stage stage, String owner, String html) {
    out.enqueue(
        OutboxPayload.staffText(
            target(owner), new OutboxPayload.StaffText(html + HandoffCard.esc(tag(client)), true, where(client, stage, owner)),
            out.nextKey()).about(client));
  }

  void text(Sink out, ChatId client, Stage stage, String owner, String text) {
    out.enqueue(
        OutboxPayload.staffText(
            target(owner), new OutboxPayload.StaffText(text + tag(client), false, where(client, stage, owner)),
            out.nextKey()).about(client));
  }

  /** A client's message (photo, voice...) copied into their topic, or to the owner in direct mode. */
  void copyIn(Sink out, ChatId client, Stage stage, String owner, long messageId, String captionHtml) {
    String caption = captionHtml == null ? null : captionHtml + HandoffCard.esc(tag(client));
    out.enqueue(
        OutboxPayload.copy(
            target(owner), new OutboxPayload.Copy(client.value(), messageId, caption, where(client, stage, owner)),
            out.nextKey()).about(client));
  }

  void document(Sink out, ChatId client, Stage stage, String owner, String name, String content, String captionHtml) {
    out.enqueue(
        OutboxPayload.document(
            target(owner),
            new OutboxPayload.Document(name, content, captionHtml + HandoffCard.esc(tag(client)), where(client, stage, owner)),
            out.nextKey()).about(client));
  }

  /** A plain reply where a staff message was written: the same topic, or the same private chat. */
  void answer(Sink out, ChatId chat, Optional<ChatId> client, Stage stage, String owner, String text) {
    OutboxPayload.Where w =
        client.filter(c -> !direct()).map(c -> where(c, stage, owner)).orElse(OutboxPayload.Where.CHAT);
    OutboxMessage m = OutboxPayload.staffText(chat, new OutboxPayload.StaffText(text, false, w), out.nextKey());
    out.enqueue(client.map(m::about).orElse(m));
  }

  @Override
  public void post(Post post) {
    Sink out = new KeyedSink(outbox, transcript, clock, post.dedupKey());
    String mention = post.mention().map(m -> mention(m) + " ").orElse("");
    String html = mention + HandoffCard.esc(post.text());
    if (!direct()) {
      if (post.client().isPresent()) {
        ChatId c = post.client().get();
        var h = handoffs.active(c);
        String owner = h.map(x -> x.staff()).or(post::mention).orElse("");
        html(out, c, h.map(x -> x.stage()).orElse(Stage.DONE), owner, html);
      } else {
        out.enqueue(OutboxPayload.staffText(group.get(), new OutboxPayload.StaffText(html, true, OutboxPayload.Where.CHAT), out.nextKey()));
      }
    } else {
      List<String> to =
          post.mention().map(List::of)
              .or(() -> post.client().flatMap(handoffs::active).map(h -> List.of(h.staff())))
              .orElseGet(() -> knowledgeNow.get().staff().stream().map(StaffMember::id).toList());
      for (String s : to) {
        String tagged = html + post.client().map(c -> HandoffCard.esc(tag(c))).orElse("");
        OutboxMessage m =
            OutboxPayload.staffText(target(s), new OutboxPayload.StaffText(tagged, true, OutboxPayload.Where.CHAT), out.nextKey());
        out.enqueue(post.client().map(m::about).orElse(m));
      }
    }
    // After the commit: the sender must not wait on the locks this transaction holds.
    wake.run();
  }
}
