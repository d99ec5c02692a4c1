package io.frontline.cli;

import io.frontline.app.Frontline;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline chat}: talk to the bot in the console, through the same pipeline as Telegram. */
@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description = "Talk to the bot in the console to try the knowledge. Type /quit to leave.")
final class ChatCommand implements Callable<Integer> {

  private final Main main;

  @Mixin Sources sources = new Sources();

  @Option(names = "--name", description = "Your first name, as Telegram would send it.")
  String name;

  @Option(names = "--lang", description = "Your Telegram language_code, e.g. ru.")
  String languageCode;

  @Option(names = "--quiet", description = "Only the bot's replies, without the decision line.")
  boolean quiet;

  ChatCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    Frontline frontline = Frontline.load(sources.knowledgeDir(), sources.promptsDir());
    ChatId chat = new ChatId(1);
    // Replies to the client are printed below; anything else (a note to a partner) is shown here.
    Conversations conversations =
        frontline.conversations(
            reply -> {
              if (!reply.chat().equals(chat)) {
                main.out.println("     [to chat " + reply.chat().value() + ": " + reply.text() + "]");
              }
            });
    ClientInfo client =
        new ClientInfo(Optional.empty(), Optional.empty(), Optional.ofNullable(name), Optional.ofNullable(languageCode));
    Clock clock = Clock.systemUTC();
    main.out.println(
        "Frontline chat with " + frontline.knowledge().company().name().in("en", frontline.knowledge().defaultLanguage())
            + " (" + sources.knowledgeDir() + "). Write as a client would; /quit to leave.");
    BufferedReader reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    String line;
    while (true) {
      main.out.print("you> ");
      main.out.flush();
      line = reader.readLine();
      if (line == null || line.strip().equals("/quit")) {
        break;
      }
      Decision d = conversations.handle(chat, new ClientMessage(line, client, clock.instant()));
      main.out.println("bot> " + d.reply().replace("\n", "\n     "));
      d.warmLead()
          .filter(l -> !l.agreed())
          .ifPresent(
              l ->
                  main.out.println(
                      "     [button: "
                          + frontline.wording().phrases().say(d.language(), "warm_lead_button",
                              java.util.Map.of("partner", frontline.knowledge().partner(l.partner()).map(p -> p.name().in(d.language(), frontline.knowledge().defaultLanguage())).orElse(l.partner())))
                          + " — answer yes to press it]"));
      if (!quiet) {
        main.out.println(
            "     [" + d.action().key() + " · " + d.language()
                + (d.knowledgeIds().isEmpty() ? "" : " · " + String.join(",", d.knowledgeIds()))
                + d.partner().map(p -> " · partner " + p).orElse("")
                + d.staff().map(s -> " · staff " + s).orElse("")
                + "]");
      }
    }
    main.out.println();
    return Main.OK;
  }
}
