package io.frontline.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which text a client gets when the company has not written it in the client's language: a
 * language the client most likely reads (Ukrainian for a Russian speaker and the reverse), then
 * English, then the company's default language. A Ukrainian client of a Hungarian company reads
 * English sooner than Hungarian; the company's own language is the last resort, not the first.
 */
public final class LanguageFallback {

  /** Languages close enough that their speakers usually read each other's. */
  private static final Map<String, String> SIBLING = Map.of("ru", "uk", "uk", "ru");

  private LanguageFallback() {}

  /** The language whose speakers usually read {@code language}, if there is one. */
  public static java.util.Optional<String> sibling(String language) {
    return java.util.Optional.ofNullable(SIBLING.get(language));
  }

  /** The languages to try, in order, for a client writing in {@code language}. */
  public static List<String> chain(String language, String defaultLanguage) {
    Set<String> out = new LinkedHashSet<>();
    out.add(language);
    String sibling = SIBLING.get(language);
    if (sibling != null) {
      out.add(sibling);
    }
    out.add("en");
    out.add(defaultLanguage);
    return List.copyOf(out);
  }
}
