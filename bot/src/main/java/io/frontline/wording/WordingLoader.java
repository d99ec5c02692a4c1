package io.frontline.wording;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.knowledge.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads {@code prompts/}: from a folder when the company edits its own copy, else from the copy
 * inside the jar. Problems (a placeholder missing in a translation, an unknown signal) are
 * reported, not thrown: a half-translated language still works, falling back phrase by phrase.
 */
public final class WordingLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** Where prompts come from. */
  public interface Source {
    /** The text of {@code prompts/<relative>}, if present. */
    Optional<String> read(String relative) throws IOException;

    /** Language codes with a file in {@code prompts/<folder>/}. */
    List<String> languages(String folder) throws IOException;

    String describe(String relative);
  }

  /** Result of loading: the wording and what was wrong with it. */
  public record Loaded(Wording wording, List<Problem> problems) {}

  private WordingLoader() {}

  public static Source folder(Path dir) {
    return new Source() {
      @Override
      public Optional<String> read(String relative) throws IOException {
        Path p = dir.resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
      }

      @Override
      public List<String> languages(String folder) throws IOException {
        Path d = dir.resolve(folder);
        if (!Files.isDirectory(d)) {
          return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
          return s.map(p -> p.getFileName().toString())
              .filter(n -> n.matches("[a-z]{2}\\.yaml"))
              .map(n -> n.substring(0, 2))
              .sorted()
              .toList();
        }
      }

      @Override
      public String describe(String relative) {
        return dir.resolve(relative).toString();
      }
    };
  }

  /** The prompts packaged in the jar (copied from the repository's prompts/ at build time). */
  public static Source classpath() {
    return new Source() {
      @Override
      public Optional<String> read(String relative) throws IOException {
        try (InputStream in =
            WordingLoader.class.getClassLoader().getResourceAsStream("prompts/" + relative)) {
          return in == null
              ? Optional.empty()
              : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }

      @Override
      public List<String> languages(String folder) {
        // A jar cannot be listed portably; probing every ISO 639-1 code is cheap and complete.
        List<String> out = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
          if (WordingLoader.class.getClassLoader().getResource("prompts/" + folder + "/" + code + ".yaml")
              != null) {
            out.add(code);
          }
        }
        return out;
      }

      @Override
      public String describe(String relative) {
        return "prompts/" + relative;
      }
    };
  }

  public static Loaded load(Source source, String defaultLanguage) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Map<String, String>> phrases = new TreeMap<>();
    try {
      for (String lang : source.languages("phrases")) {
        String rel = "phrases/" + lang + ".yaml";
        Map<String, String> map = new LinkedHashMap<>();
        readMap(source, rel, problems)
            .forEach(
                (k, v) -> {
                  if (v instanceof String s) {
                    map.put(k, s);
                  } else {
                    problems.add(Problem.error(source.describe(rel), 1, k, "must be text"));
                  }
                });
        phrases.put(lang, map);
      }
      if (!phrases.containsKey("en")) {
        problems.add(Problem.error(source.describe("phrases/en.yaml"), 1, "", "English phrases are required"));
      }
      checkPlaceholders(source, phrases, problems);
      Map<String, Map<Signal, List<String>>> signals = new TreeMap<>();
      for (String lang : source.languages("signals")) {
        String rel = "signals/" + lang + ".yaml";
        Map<Signal, List<String>> bySignal = new EnumMap<>(Signal.class);
        readMap(source, rel, problems)
            .forEach(
                (k, v) -> {
                  Optional<Signal> s = Signal.fromKey(k);
                  if (s.isEmpty()) {
                    problems.add(Problem.warning(source.describe(rel), 1, k, "unknown signal"));
                  } else if (v instanceof List<?> list) {
                    bySignal.put(s.get(), list.stream().map(String::valueOf).toList());
                  } else {
                    problems.add(Problem.error(source.describe(rel), 1, k, "must be a list"));
                  }
                });
        signals.put(lang, bySignal);
      }
      return new Loaded(
          new Wording(new Phrasebook(phrases, defaultLanguage), new SignalLexicon(signals)),
          problems);
    } catch (IOException e) {
      problems.add(Problem.error("prompts", 1, "", "cannot read: " + e.getMessage()));
      return new Loaded(
          new Wording(new Phrasebook(phrases, defaultLanguage), new SignalLexicon(Map.of())),
          problems);
    }
  }

  private static Map<String, Object> readMap(Source source, String rel, List<Problem> problems)
      throws IOException {
    Optional<String> text = source.read(rel);
    if (text.isEmpty()) {
      return Map.of();
    }
    try {
      Map<String, Object> map = YAML.readValue(text.get(), MAP);
      return map == null ? Map.of() : map;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      problems.add(Problem.error(source.describe(rel), line, "", "bad YAML: " + e.getOriginalMessage()));
      return Map.of();
    }
  }

  private static void checkPlaceholders(
      Source source, Map<String, Map<String, String>> phrases, List<Problem> problems) {
    Map<String, String> en = phrases.getOrDefault("en", Map.of());
    phrases.forEach(
        (lang, map) -> {
          if (lang.equals("en")) {
            return;
          }
          en.forEach(
              (key, template) -> {
                String t = map.get(key);
                if (t == null) {
                  problems.add(
                      Problem.warning(
                          source.describe("phrases/" + lang + ".yaml"),
                          1,
                          key,
                          "missing; the default language's phrase is used"));
                  return;
                }
                Set<String> want = Phrasebook.placeholders(template);
                Set<String> have = Phrasebook.placeholders(t);
                if (!want.equals(have)) {
                  problems.add(
                      Problem.error(
                          source.describe("phrases/" + lang + ".yaml"),
                          1,
                          key,
                          "placeholders " + have + " differ from English " + want));
                }
              });
        });
  }
}
