package io.frontline.generalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bot's own lexicons, phrasebook and code know no word of the sample company: its products,
 * their containers, its name, its partners and its town live in knowledge/ only. A lexicon that
 * knows "broken bottle" works for a water company and for nobody else; "arrived broken" works for
 * every company that delivers anything.
 */
class NoSampleWordsTest {

  /**
   * The sample's products and units, in the six languages, and its proper names. Words like
   * "deposit", "contract" or "heating" are every business's and stay allowed.
   */
  private static final Set<String> SAMPLE =
      Set.of(
          "water", "bottle", "bottles", "cooler", "coolers", "pump", "pumps", "cups",
          "вода", "воду", "воды", "водой", "бутыль", "бутыли", "бутылка", "бутылки", "бутылку", "бутылей", "кулер", "кулера", "помпа", "помпу",
          "води", "водою", "бутель", "бутля", "бутлі", "бутлів", "пляшка", "пляшки", "пляшку",
          "woda", "wody", "wodę", "wode", "wodą", "butla", "butli", "butle", "butlę", "butelka", "butelki", "dystrybutor", "pompka",
          "víz", "vizet", "vize", "ballon", "ballont", "palack", "palackot", "vízadagoló", "pumpa",
          "wasser", "flasche", "flaschen", "wasserspender", "pumpe",
          "aquavita", "coolfix", "puretap", "karpatske", "dzherelo", "icebox", "santekh", "vodalab", "uzhhorod", "mukachevo",
          "zakarpattia", "ужгород", "ungvár");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d'*]+");
  private static final Pattern PHRASE_LINE = Pattern.compile("^\\s*-\\s*\"(.*)\"\\s*$");
  private static final Pattern PHRASEBOOK_LINE = Pattern.compile("^\\s*[a-z_]+:\\s*\"(.*)\"\\s*$");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A whole word of the sample, or a wildcard stem ("бутыл*") that would match one. */
  private static boolean sampleWord(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.endsWith("*")) {
      String stem = t.substring(0, t.length() - 1);
      return stem.length() >= 4 && SAMPLE.stream().anyMatch(w -> w.startsWith(stem));
    }
    return SAMPLE.contains(t);
  }

  private static List<String> offenders(Path file, Pattern line) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = line.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      Matcher tokens = TOKEN.matcher(m.group(1));
      while (tokens.find()) {
        if (sampleWord(tokens.group())) {
          out.add(file.getFileName() + ":" + (i + 1) + " " + tokens.group() + " in \"" + m.group(1) + "\"");
        }
      }
    }
    return out;
  }

  private static List<Path> yaml(String folder) throws IOException {
    try (Stream<Path> s = Files.list(Path.of("../prompts", folder))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void signalListsHoldNoWordOfTheSample() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path f : yaml("signals")) {
      found.addAll(offenders(f, PHRASE_LINE));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void thePhrasebookHoldsNoWordOfTheSample() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path f : yaml("phrases")) {
      found.addAll(offenders(f, PHRASEBOOK_LINE));
    }
    assertThat(found).isEmpty();
  }

  /** Comments may use the sample as an example; the code's strings may not depend on it. */
  @Test
  void theCodesStringsHoldNoWordOfTheSample() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
            continue;
          }
          Matcher lit = STRING_LITERAL.matcher(code);
          while (lit.find()) {
            Matcher tokens = TOKEN.matcher(lit.group(1));
            while (tokens.find()) {
              if (SAMPLE.contains(tokens.group().toLowerCase(Locale.ROOT))) {
                found.add(f.getFileName() + ":" + (i + 1) + " " + tokens.group());
              }
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** The check itself: it would catch the words it is meant to. */
  @Test
  void theCheckCatchesSampleWordsAndWildcards() {
    assertThat(sampleWord("bottle")).isTrue();
    assertThat(sampleWord("Flaschen")).isTrue();
    assertThat(sampleWord("бутыл*")).isTrue();
    assertThat(sampleWord("bot*")).isFalse();
    assertThat(sampleWord("delivery")).isFalse();
  }
}
