package io.frontline.llm;

import io.frontline.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system prompt the company edits ({@code prompts/llm/system.md}). The company's own facts
 * ({{company}}, {{about}}, ...) are filled in once, here; {{language}}, {{now}} and {{facts}} are
 * left for LangChain4j to fill in for every message.
 */
public final class SystemPrompt {

  /** Where the prompt lives under prompts/. */
  public static final String PATH = "llm/system.md";
  static final Set<String> PER_TURN = Set.of("language", "now", "facts");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.+?)\\s*\\}\\}");

  private final String template;

  private SystemPrompt(String template) {
    this.template = template;
  }

  /**
   * @throws IllegalArgumentException the prompt uses a placeholder nobody fills in, or lacks
   *     {{facts}} (without it the model would answer from nothing)
   */
  public static SystemPrompt of(String text, Knowledge knowledge) {
    Map<String, String> values = companyValues(knowledge);
    Set<String> unknown = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      seen.add(name);
      if (values.containsKey(name)) {
        // Braces in the company's own texts must not become placeholders for LangChain4j.
        m.appendReplacement(out, Matcher.quoteReplacement(values.get(name).replace("{{", "{").replace("}}", "}")));
      } else {
        if (!PER_TURN.contains(name)) {
          unknown.add(name);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      }
    }
    m.appendTail(out);
    if (!unknown.isEmpty()) {
      List<String> known = new ArrayList<>(values.keySet());
      known.addAll(PER_TURN);
      throw new IllegalArgumentException(
          "prompts/" + PATH + ": unknown placeholder(s) " + unknown + "; known: " + known);
    }
    if (!seen.contains("facts")) {
      throw new IllegalArgumentException("prompts/" + PATH + ": must contain {{facts}} (what the search found for the message)");
    }
    return new SystemPrompt(out.toString());
  }

  /** The prompt with the company's facts in, the per-turn placeholders still to fill. */
  public String template() {
    return template;
  }

  private static Map<String, String> companyValues(Knowledge k) {
    String def = k.defaultLanguage();
    Map<String, String> v = new LinkedHashMap<>();
    v.put("company", k.company().name().in("en", def));
    v.put("about", k.company().about().in("en", def));
    v.put("area", k.company().area().in("en", def));
    v.put("value", k.company().value().in("en", def));
    v.put("languages", String.join(", ", k.company().languages()));
    v.put("currency", k.catalog().currency());
    return v;
  }
}
