package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.conversation.ChatId;
import io.frontline.store.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading updates, on the 37 real payloads in ../shared/eval-data and a few of our own. */
class IncomingTest {

  static final Path UPDATES = Path.of("../../shared/eval-data/telegram-updates");

  static List<Path> realUpdates() throws IOException {
    assumeTrue(Files.isDirectory(UPDATES), "../shared/eval-data/telegram-updates is missing");
    try (Stream<Path> s = Files.list(UPDATES)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json")).sorted().toList();
    }
  }

  static Incoming read(String file) throws IOException {
    return Incoming.parse(Files.readString(UPDATES.resolve(file)));
  }

  @Test
  void everyRealPayloadIsReadWithItsUpdateId() throws IOException {
    List<Path> files = realUpdates();
    assertThat(files).hasSize(37);
    for (Path f : files) {
      String raw = Files.readString(f);
      Incoming in = Incoming.parse(raw);
      assertThat(in.updateId()).as(f.toString()).isEqualTo(RawUpdates.updateId(raw).orElseThrow());
    }
  }

  @Test
  void kindsChatsAndMedia() throws IOException {
    assumeTrue(Files.isDirectory(UPDATES));
    Incoming start = read("01-message-text-start-command.json");
    assertThat(start.kind()).isEqualTo(Incoming.Kind.MESSAGE);
    assertThat(start.isPrivate()).isTrue();
    assertThat(start.command()).contains(new Incoming.Command("start", ""));

    Incoming photo = read("07-message-photo-private.json");
    assertThat(photo.media()).hasValueSatisfying(m -> {
      assertThat(m.kind()).isEqualTo("photo");
      assertThat(m.reference()).isNotBlank();
    });
    assertThat(read("09-message-voice.json").media().map(Attachment::kind)).contains("voice");
    assertThat(read("10-message-document-txt.json").media().map(Attachment::kind)).contains("document");
    assertThat(read("12-message-sticker-private.json").media().map(Attachment::kind)).contains("sticker");
    assertThat(read("14-message-contact-vcard.json").media().map(Attachment::kind)).contains("contact");
    assertThat(read("15-message-live-location.json").media().map(Attachment::kind)).contains("location");
    assertThat(read("08-message-photo-caption-entities.json").text()).isNotBlank();

    assertThat(read("16-edited-message-text.json").kind()).isEqualTo(Incoming.Kind.EDITED_MESSAGE);
    assertThat(read("18-message-group-reply.json").chatType()).isEqualTo(Incoming.ChatType.SUPERGROUP);

    Incoming callback = read("23-callback-query-with-message.json");
    assertThat(callback.kind()).isEqualTo(Incoming.Kind.CALLBACK_QUERY);
    assertThat(callback.chat()).isEqualTo(new ChatId(2));
    assertThat(callback.callbackId()).contains("4382bfdwdsb323b2d9");

    Incoming kicked = read("24-my-chat-member-kicked-user-blocked-bot.json");
    assertThat(kicked.kind()).isEqualTo(Incoming.Kind.MY_CHAT_MEMBER);
    assertThat(kicked.memberStatus()).contains("kicked");

    assertThat(read("25-channel-post-giveaway-created.json").kind()).isEqualTo(Incoming.Kind.OTHER);
    assertThat(read("34-unknown-update-kind.json").kind()).isEqualTo(Incoming.Kind.OTHER);
    assertThat(read("33-poll-answer.json").chat()).isEqualTo(Incoming.NO_CHAT);
    // Several kinds in one update (never sent by Telegram): the message counts.
    assertThat(read("36-multi-field-update-synthetic.json").kind()).isEqualTo(Incoming.Kind.MESSAGE);
    assertThat(read("38-forum-topic-created-by-bot-ru.json").fromBot()).isTrue();
    assertThat(read("40-business-message-synthetic.json").kind()).isEqualTo(Incoming.Kind.OTHER);
  }

  @Test
  void commandsWithTheBotsNameAndArguments() {
    Incoming in = Incoming.parse(
        "{\"update_id\":1,\"message\":{\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"/Start@FrontlineBot  ref-42 \"}}");
    assertThat(in.command()).contains(new Incoming.Command("start", "ref-42"));
    assertThat(Incoming.parse("{\"update_id\":1,\"message\":{\"text\":\"/ hello\"}}").command()).isEmpty();
    assertThat(Incoming.parse("{\"update_id\":1,\"message\":{\"text\":\"50/50?\"}}").command()).isEmpty();
  }

  @Test
  void garbageReadsAsOtherAndNeverThrows() {
    assertThat(Incoming.parse("not json").kind()).isEqualTo(Incoming.Kind.OTHER);
    assertThat(Incoming.parse("[1,2]").kind()).isEqualTo(Incoming.Kind.OTHER);
    assertThat(Incoming.parse("{\"update_id\":5,\"message\":{}}").chat()).isEqualTo(new ChatId(0));
    assertThat(Incoming.parse("{\"update_id\":5,\"message\":42}").kind()).isEqualTo(Incoming.Kind.MESSAGE);
  }
}
