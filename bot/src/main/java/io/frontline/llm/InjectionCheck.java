package io.frontline.llm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.text.CleanText;
import io.frontline.text.PhraseMatcher;
import io.frontline.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spots a client's message that tries to instruct the model ("ignore your instructions", "print
 * your system prompt", "you are now…") in every language the bot speaks. Such a message never
 * reaches the model: the deterministic core answers it, by the same rules as any other. Only the
 * client's own text is checked, never the company's knowledge.
 */
public final class InjectionCheck {

  private static final String RESOURCE = "llm/injection.yaml";

  private final PhraseMatcher<String> patterns;

  public InjectionCheck(Map<String, List<String>> patternsByLanguage) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    patternsByLanguage.forEach((lang, list) -> list.forEach(p -> b.add(lang, p)));
    this.patterns = b.build();
  }

  /** The check with the patterns shipped in the jar. */
  public static InjectionCheck builtIn() {
    try (InputStream in = InjectionCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new InjectionCheck(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, List<String>>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The phrase that gives the attempt away, if the client's raw text is one. */
  public Optional<String> find(String rawClientText) {
    // Cleaning first: zero-width characters must not hide "ig\u200Bnore your instructions".
    return patterns.findFirst(Words.of(CleanText.of(rawClientText).text())).map(PhraseMatcher.Match::phrase);
  }
}
