package io.frontline.news;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff type after {@code /news}: the text for everyone, then optionally translations, each
 * starting on a line of its own with a language code and a colon ({@code ru: ...}); the lines that
 * follow belong to it until the next code. Only codes of languages the bot speaks count, so a line
 * such as "NB: ..." stays part of the text.
 *
 * <pre>
 * /news From Monday we also deliver on Saturdays.
 * uk: З понеділка доставляємо й у суботу.
 * ru: С понедельника доставляем и в субботу.
 * </pre>
 *
 * @param body the text for clients whose language has no translation (may be empty when every line
 *     is a translation: then the default language's translation stands in)
 */
public record NewsText(String body, Map<String, String> translations) {

  private static final Pattern MARK = Pattern.compile("^\\s*([a-z]{2})\\s*:\\s?(.*)$");

  public NewsText {
    translations = Map.copyOf(translations);
  }

  /** Reads {@code text}; {@code spoken} are the language codes a translation may have. */
  public static NewsText parse(String text, Set<String> spoken, String defaultLanguage) {
    StringBuilder body = new StringBuilder();
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    StringBuilder current = body;
    for (String line : text.split("\\R", -1)) {
      Matcher m = MARK.matcher(line);
      if (m.matches() && spoken.contains(m.group(1))) {
        current = parts.computeIfAbsent(m.group(1), k -> new StringBuilder());
        line = m.group(2);
      }
      if (!current.isEmpty()) {
        current.append('\n');
      }
      current.append(line);
    }
    Map<String, String> translations = new LinkedHashMap<>();
    parts.forEach((lang, b) -> {
      if (!b.toString().isBlank()) {
        translations.put(lang, b.toString().strip());
      }
    });
    String main = body.toString().strip();
    if (main.isEmpty()) {
      main = translations.getOrDefault(defaultLanguage, "");
    }
    return new NewsText(main, translations);
  }

  /** Nothing to send. */
  public boolean isEmpty() {
    return body.isBlank();
  }
}
