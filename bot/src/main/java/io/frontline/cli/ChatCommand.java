package io.frontline.cli;

import io.frontline.app.Config;
import io.frontline.app.Frontline;
import io.frontline.llm.LlmSettings;
import io.frontline.conversation.ChatId;
import io.frontline.conversation.Conversations;
import io.frontline.conversation.InMemoryAftercareBook;
import io.frontline.decision.ClientInfo;
import io.frontline.decision.ClientMessage;
import io.frontline.decision.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import io.frontline.handoff.Rehearsal;
import java.time.Clock;
import java.time.Instant;
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
    LlmSettings llm;
    try {
      llm = Config.llm(main.env);
    } catch (Config.ConfigException e) {
      main.err.println("frontline chat: " + e.getMessage());
      return Main.USAGE;
    }
    Frontline frontline = Frontline.load(sources.knowledgeDir(), sources.promptsDir(), llm);
    ChatId chat = new ChatId(1);
    // Replies to the client are printed below; anything else (a note to a partner) is shown here.
    // Orders and suggestions live as long as the session: nothing is written anywhere.
    InMemoryAftercareBook book = new InMemoryAftercareBook();
    Conversations conversations =
        frontline.conversations(
            reply -> {
              if (!reply.chat().equals(chat)) {
                main.out.println("     [to chat " + reply.chat().value() + ": " + reply.text() + "]");
              }
            },
            book);
    ClientInfo client =
        new ClientInfo(Optional.empty(), Optional.empty(), Optional.ofNullable(name), Optional.ofNullable(languageCode));
    Clock clock = Clock.systemUTC();
    main.out.println(
        "Frontline chat with " + frontline.knowledge().company().name().in("en", frontline.knowledge().defaultLanguage())
            + " (" + sources.knowledgeDir() + "; "
            + frontline.llmSettings().map(m -> "model: " + m).orElse("no model: the deterministic core")
            + "). Write as a client would; /quit to leave.");
    main.out.println(
        "When the bot hands over, answer as staff with 'staff: text'; /note, /assign <staff>, /who and /done as in the staff group.");
    Rehearsal rehearsal = frontline.rehearsal();
    BufferedReader reader = new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8));
    String line;
    while (true) {
      main.out.print("you> ");
      main.out.flush();
      line = reader.readLine();
      if (line == null || line.strip().equals("/quit")) {
        break;
      }
      if (rehearsal.isStaffLine(line)) {
        rehearsal.staff(line, clock.instant()).forEach(l -> main.out.println(indent(l)));
        continue;
      }
      if (rehearsal.owned()) {
        // A person has the chat: the bot does not talk over them.
        rehearsal.clientWhileOwned(line, clock.instant()).forEach(l -> main.out.println(indent(l)));
        continue;
      }
      Instant at = clock.instant();
      Decision d = conversations.handle(chat, new ClientMessage(line, client, at));
      java.util.Optional<Long> placed = book.record(chat, d, at);
      main.out.println("bot> " + d.reply().replace("\n", "\n     "));
      placed.ifPresent(id -> main.out.println("     [order #" + id + " recorded; card to " + d.staff().orElse("-") + "]"));
      if (d.aftercare().draft().filter(o -> o.stage() == io.frontline.order.OrderDraft.Stage.CONFIRM).isPresent()
          || d.aftercare().offered().isPresent()) {
        main.out.println("     [buttons: yes / no — answer yes or no to press one]");
      }
      rehearsal.turn(line, d, at).ifPresent(card -> main.out.println(indent("staff| " + card.plain().strip().replace("\n", "\nstaff| "))));
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

  private static String indent(String line) {
    return line.startsWith("bot> ") ? line.replace("\n", "\n     ") : "     " + line.replace("\n", "\n     ");
  }
}
