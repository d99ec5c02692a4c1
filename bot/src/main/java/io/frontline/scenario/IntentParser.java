package io.frontline.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.decision.Action;
import io.frontline.decision.ClientInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a universal-intents file (what clients write in a situation every company meets, in one
 * language) and turns every utterance into a one-message conversation with the harness company
 * that {@code harness.yaml} beside it names. What each situation must lead to is fixed here, from
 * what a good front-line employee does, never from what the bot happens to do:
 *
 * <ul>
 *   <li>wants a person, complains, wants money back: a named person takes over;
 *   <li>a device bought here is broken: the person who handles {@code equipment} takes over;
 *   <li>haggling: the fixed price is answered, restated;
 *   <li>far outside any company's business: a warm no;
 *   <li>an answer to "where did you hear of us?": taken as that answer;
 *   <li>yes / no to the bot's offer to pass the request to a partner: passed on / let go.
 * </ul>
 *
 * Each situation becomes its own {@link ScenarioFile}, so reports count it as a set of its own.
 */
public final class IntentParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The situations an intents file may list, in the order reports show them. */
  public static final List<String> SITUATIONS =
      List.of("wants-person", "complaint", "refund", "broken-device", "haggling", "far-outside", "contact-source", "yes", "no");

  private IntentParser() {}

  /** True when {@code file} is an intents file (it has {@code situations:}) rather than scenarios. */
  public static boolean isIntents(Path file) {
    try {
      JsonNode root = YAML.readTree(Files.readString(file));
      return root != null && root.isObject() && root.has("situations");
    } catch (IOException e) {
      return false;
    }
  }

  /** One scenario file per situation; the knowledge is the harness company's. */
  public static List<ScenarioFile> parse(Path file) {
    JsonNode root = read(file);
    String language = text(root, "language").orElseThrow(() -> new ScenarioException(file + ": 'language' is required"));
    Harness harness = Harness.beside(file, language);
    JsonNode situations = root.get("situations");
    if (situations == null || !situations.isObject()) {
      throw new ScenarioException(file + ": 'situations' must be a map from situation to utterances");
    }
    Map<String, List<String>> bySituation = new LinkedHashMap<>();
    Iterator<String> names = situations.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!SITUATIONS.contains(name)) {
        throw new ScenarioException(file + ": unknown situation '" + name + "' (use " + String.join(", ", SITUATIONS) + ")");
      }
      JsonNode list = situations.get(name);
      if (!list.isArray()) {
        throw new ScenarioException(file + ": situation '" + name + "' must be a list of client messages");
      }
      List<String> utterances = new ArrayList<>();
      list.forEach(u -> utterances.add(u.asText()));
      bySituation.put(name, utterances);
    }
    ClientInfo client = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(language));
    List<ScenarioFile> out = new ArrayList<>();
    for (String situation : SITUATIONS) {
      List<String> utterances = bySituation.getOrDefault(situation, List.of());
      if (utterances.isEmpty()) {
        continue;
      }
      List<Scenario> scenarios = new ArrayList<>();
      for (int i = 0; i < utterances.size(); i++) {
        List<Scenario.Turn> turns = new ArrayList<>();
        harness.setupFor(situation).forEach(s -> turns.add(new Scenario.Turn(s, Expect.NOTHING)));
        turns.add(new Scenario.Turn(utterances.get(i), harness.expect(situation, language)));
        scenarios.add(new Scenario("intents " + language + " " + situation + " #" + (i + 1), client, Optional.empty(), turns));
      }
      out.add(new ScenarioFile(file, Optional.of(harness.knowledge()), scenarios, Optional.of("intents " + language + " " + situation)));
    }
    return out;
  }

  /** The company the intents are run against and the setup messages that bring a conversation to a situation. */
  private record Harness(Path knowledge, String price, String partner, Map<String, String> setup) {

    static Harness beside(Path intents, String language) {
      Path file = intents.toAbsolutePath().getParent().resolve("harness.yaml");
      JsonNode root = read(file);
      Path knowledge = file.getParent().resolve(text(root, "knowledge").orElse("harness/knowledge")).normalize();
      JsonNode setup = root.path("setup").path(language);
      if (!setup.isObject()) {
        throw new ScenarioException(file + ": no 'setup' for language " + language);
      }
      Map<String, String> lines = new LinkedHashMap<>();
      setup.fields().forEachRemaining(e -> lines.put(e.getKey(), e.getValue().asText()));
      return new Harness(
          knowledge,
          text(root, "haggle_price").orElseThrow(() -> new ScenarioException(file + ": 'haggle_price' is required")),
          text(root, "partner_name").orElseThrow(() -> new ScenarioException(file + ": 'partner_name' is required")),
          lines);
    }

    List<String> setupFor(String situation) {
      return switch (situation) {
        // The bot asks where the client heard of us at a refusal that is not the first message.
        case "contact-source" -> List.of(line("hello"), line("far"));
        // The bot offers to pass a request on to a partner who has a Telegram chat.
        case "yes", "no" -> List.of(line("partner"));
        default -> List.of();
      };
    }

    private String line(String key) {
      String s = setup.get(key);
      if (s == null) {
        throw new ScenarioException("harness.yaml: setup line '" + key + "' is missing");
      }
      return s;
    }

    Expect expect(String situation, String language) {
      Optional<String> lang = Optional.of(language);
      return switch (situation) {
        case "wants-person", "complaint", "refund" -> expect(Action.ESCALATE, lang, List.of(), List.of(), Optional.empty());
        case "broken-device" -> expect(Action.ESCALATE, lang, List.of(), List.of(), Optional.of("equipment"));
        case "haggling" -> expect(Action.ANSWER, lang, List.of(price), List.of(), Optional.empty());
        case "far-outside" -> expect(Action.DECLINE, lang, List.of(), List.of(), Optional.empty());
        case "contact-source" -> expect(Action.ANSWER, lang, List.of(), List.of(), Optional.empty());
        case "yes" -> expect(Action.ANSWER, lang, List.of(partner), List.of(), Optional.empty());
        case "no" -> expect(Action.ANSWER, lang, List.of(), List.of(partner), Optional.empty());
        default -> throw new IllegalArgumentException(situation);
      };
    }

    private static Expect expect(
        Action action, Optional<String> language, List<String> contains, List<String> notContains, Optional<String> topic) {
      return new Expect(
          Optional.of(action), List.of(), Optional.empty(), Optional.empty(), language, contains, notContains,
          Optional.empty(), Optional.empty(), topic);
    }
  }

  private static JsonNode read(Path file) {
    try {
      JsonNode root = YAML.readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new ScenarioException(file + ": expected a map");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ScenarioException(file + ":" + line + ": bad YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static Optional<String> text(JsonNode root, String key) {
    JsonNode n = root.get(key);
    return n == null || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().trim());
  }
}
