package io.frontline.wording;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bot's own phrases per language, with {placeholders}. Immutable. */
public final class Phrasebook {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  private final Map<String, Map<String, String>> byLanguage;
  private final String fallback;

  /**
   * @param byLanguage language -> key -> template
   * @param fallback the language used when a phrase is missing in the requested one
   */
  public Phrasebook(Map<String, Map<String, String>> byLanguage, String fallback) {
    this.byLanguage = Map.copyOf(byLanguage);
    this.fallback = fallback;
  }

  public Set<String> languages() {
    return byLanguage.keySet();
  }

  public boolean has(String language, String key) {
    return byLanguage.getOrDefault(language, Map.of()).containsKey(key);
  }

  public Map<String, String> phrases(String language) {
    return byLanguage.getOrDefault(language, Map.of());
  }

  /** The phrase {@code key} in {@code language} with placeholders filled from {@code args}. */
  public String say(String language, String key, Map<String, String> args) {
    String template = byLanguage.getOrDefault(language, Map.of()).get(key);
    if (template == null) {
      template = byLanguage.getOrDefault(fallback, Map.of()).get(key);
    }
    if (template == null) {
      template = byLanguage.getOrDefault("en", Map.of()).getOrDefault(key, "");
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = args.getOrDefault(m.group(1), "");
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll(" {2,}", " ").trim();
  }

  public String say(String language, String key) {
    return say(language, key, Map.of());
  }

  public static Set<String> placeholders(String template) {
    Set<String> out = new java.util.TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
