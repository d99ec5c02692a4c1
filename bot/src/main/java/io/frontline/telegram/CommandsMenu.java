package io.frontline.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The menu of commands a client sees beside the message field, set by the bot at start
 * ({@code setMyCommands}) in each language it speaks, from the {@code command_*} phrases in
 * prompts/, so nobody has to type them into @BotFather and they never drift from what the bot
 * answers. Clients whose Telegram speaks another language get the company's default language.
 */
final class CommandsMenu {

  private static final Logger LOG = LoggerFactory.getLogger(CommandsMenu.class);

  /** The commands UpdateProcessor answers, in menu order. */
  static final List<String> COMMANDS = List.of("start", "help", "human", "language", "subscribe", "unsubscribe", "forget");

  private CommandsMenu() {}

  static List<BotCommand> commands(Wordings words, String lang) {
    List<BotCommand> out = new ArrayList<>();
    for (String c : COMMANDS) {
      out.add(new BotCommand(c, words.say(lang, "command_" + c)));
    }
    return out;
  }

  /** Best effort: a bot without a menu still answers every command. */
  static void publish(BotApi api, Wordings words) {
    try {
      api.setMyCommands(commands(words, words.defaultLanguage()), Optional.empty());
      for (String lang : words.spoken()) {
        api.setMyCommands(commands(words, lang), Optional.of(lang));
      }
      LOG.info("commands menu set in {}", words.spoken());
    } catch (BotApi.CallFailed e) {
      LOG.warn("cannot set the commands menu ({}); commands still work when typed", e.getMessage());
    }
  }
}
