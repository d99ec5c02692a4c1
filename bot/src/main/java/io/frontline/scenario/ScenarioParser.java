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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the scenario format documented in the README. Unknown keys are errors: typos must not pass silently. */
public final class ScenarioParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> EXPECT_KEYS =
      Set.of("action", "knowledge", "partner", "staff", "language", "contains", "not_contains", "order", "suggestion", "topic");
  private static final Set<String> ORDER_EXPECTATIONS = Set.of("placed", "problem", "none");

  private ScenarioParser() {}

  public static ScenarioFile parse(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ScenarioException(file + ":" + line + ": bad YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ScenarioException(file + ": expected a map with 'scenarios:'");
    }
    Optional<Path> knowledge =
        text(root.get("knowledge")).map(k -> file.toAbsolutePath().getParent().resolve(k).normalize());
    JsonNode list = root.get("scenarios");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new ScenarioException(file + ": 'scenarios' must be a non-empty list");
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      scenarios.add(scenario(file, i, list.get(i)));
    }
    return new ScenarioFile(file, knowledge, scenarios);
  }

  private static Scenario scenario(Path file, int index, JsonNode node) {
    String where = file + ": scenario " + (index + 1);
    String name = text(node.get("name")).orElse("scenario " + (index + 1));
    where = file + ": scenario '" + name + "'";
    JsonNode c = node.get("client");
    ClientInfo client = ClientInfo.ANONYMOUS;
    if (c != null && c.isObject()) {
      client =
          new ClientInfo(
              c.has("id") ? Optional.of(c.get("id").asLong()) : Optional.empty(),
              text(c.get("username")),
              text(c.get("first_name")),
              text(c.get("language_code")));
    }
    Optional<LocalDateTime> at = Optional.empty();
    if (node.hasNonNull("at")) {
      try {
        at = Optional.of(LocalDateTime.parse(node.get("at").asText()));
      } catch (DateTimeParseException e) {
        throw new ScenarioException(where + ": 'at' must look like 2026-11-24T11:00");
      }
    }
    JsonNode turns = node.get("turns");
    if (turns == null || !turns.isArray() || turns.isEmpty()) {
      throw new ScenarioException(where + ": 'turns' must be a non-empty list");
    }
    List<Scenario.Turn> out = new ArrayList<>();
    for (int t = 0; t < turns.size(); t++) {
      JsonNode turn = turns.get(t);
      String turnWhere = where + ", turn " + (t + 1);
      if (turn == null || !turn.has("say")) {
        throw new ScenarioException(turnWhere + ": 'say' is required");
      }
      out.add(new Scenario.Turn(turn.get("say").asText(), expect(turnWhere, turn.get("expect"))));
    }
    return new Scenario(name, client, at, out, history(where, node.get("history")));
  }

  private static Scenario.History history(String where, JsonNode h) {
    if (h == null || h.isNull()) {
      return Scenario.History.NONE;
    }
    List<Scenario.PastOrder> orders = new ArrayList<>();
    JsonNode list = h.get("orders");
    if (list != null && list.isArray()) {
      for (JsonNode o : list) {
        String status = text(o.get("status")).orElse("done");
        if (!Set.of("placed", "done", "cancelled").contains(status)) {
          throw new ScenarioException(where + ": history order status must be placed, done or cancelled");
        }
        if (text(o.get("item")).isEmpty() || !o.hasNonNull("quantity") || !o.get("quantity").canConvertToInt() || o.get("quantity").asInt() <= 0) {
          throw new ScenarioException(where + ": a history order needs item and a positive quantity");
        }
        orders.add(new Scenario.PastOrder(
            text(o.get("item")).get(), o.get("quantity").asInt(), status, o.path("days_ago").asInt(1), text(o.get("address"))));
      }
    }
    return new Scenario.History(orders, list(h.get("declined")));
  }

  private static Expect expect(String where, JsonNode e) {
    if (e == null || e.isNull()) {
      return Expect.NOTHING;
    }
    Iterator<String> keys = e.fieldNames();
    while (keys.hasNext()) {
      String k = keys.next();
      if (!EXPECT_KEYS.contains(k)) {
        throw new ScenarioException(where + ": unknown expect key '" + k + "' (use " + String.join(", ", EXPECT_KEYS) + ")");
      }
    }
    Optional<Action> action = Optional.empty();
    if (e.hasNonNull("action")) {
      action = Action.fromKey(e.get("action").asText());
      if (action.isEmpty()) {
        throw new ScenarioException(where + ": action must be answer, clarify, refer, decline or escalate");
      }
    }
    return new Expect(
        action,
        list(e.get("knowledge")),
        text(e.get("partner")),
        text(e.get("staff")),
        text(e.get("language")),
        list(e.get("contains")),
        list(e.get("not_contains")),
        orderExpectation(where, e.get("order")),
        text(e.get("suggestion")),
        text(e.get("topic")));
  }

  private static Optional<String> orderExpectation(String where, JsonNode n) {
    Optional<String> order = text(n);
    if (order.isPresent() && !ORDER_EXPECTATIONS.contains(order.get())) {
      throw new ScenarioException(where + ": order must be placed, problem or none");
    }
    return order;
  }

  private static Optional<String> text(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText().trim());
  }

  private static List<String> list(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else {
      out.add(n.asText());
    }
    return out;
  }
}
