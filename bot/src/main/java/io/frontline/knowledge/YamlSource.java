package io.frontline.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One parsed YAML document that remembers the line of every node, so that every problem found in
 * it can name its file and line. Readers pull typed values out of it and report problems as they
 * go instead of failing on the first one: a company fixing its files wants the whole list.
 */
final class YamlSource {

  // A key written twice in one map would otherwise silently keep only the last value.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  final String file;
  final JsonNode root;
  private final Map<String, Integer> lines;
  private final int lineOffset;
  private final List<Problem> problems;
  private final String defaultLanguage;

  private YamlSource(
      String file,
      JsonNode root,
      Map<String, Integer> lines,
      int lineOffset,
      List<Problem> problems,
      String defaultLanguage) {
    this.file = file;
    this.root = root;
    this.lines = lines;
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.defaultLanguage = defaultLanguage;
  }

  /** Parses {@code yaml}; on a syntax error reports it and returns an empty document. */
  static YamlSource parse(
      String file, String yaml, int lineOffset, List<Problem> problems, String defaultLanguage) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
          lines.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
      JsonNode root = MAPPER.readTree(yaml);
      if (root == null) {
        root = MissingNode.getInstance();
      }
      return new YamlSource(file, root, lines, lineOffset, problems, defaultLanguage);
    } catch (JsonProcessingException e) {
      problems.add(Problem.error(file, syntaxLine(e) + lineOffset, "", "bad YAML: " + syntaxMessage(e)));
    } catch (IOException e) {
      problems.add(Problem.error(file, 1 + lineOffset, "", "cannot read: " + e.getMessage()));
    }
    return new YamlSource(
        file, MissingNode.getInstance(), lines, lineOffset, problems, defaultLanguage);
  }

  /**
   * Where a syntax error is. Jackson reports the last token it read, often lines before the
   * mistake (a tab, a bad indent); SnakeYAML's problem mark is the mistake itself, except when the
   * problem is the end of the input ("an unclosed quote"): then the start of what is unclosed.
   */
  private static int syntaxLine(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      boolean atEnd =
          m.getProblem() != null
              && (m.getProblem().contains("end of stream") || m.getProblem().contains("<stream end>"));
      Mark mark = atEnd && m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
      return mark.getLine() + 1;
    }
    return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
  }

  /** One line, as every problem is: "while scanning a quoted scalar: found unexpected end of stream". */
  private static String syntaxMessage(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
      return (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line + lineOffset;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return 1 + lineOffset;
      }
      p = p.substring(0, slash);
    }
  }

  JsonNode at(String pointer) {
    return root.at(JsonPointer.compile(pointer));
  }

  /**
   * The field a pointer names, entries by their id where they have one: "/items/1/price" is
   * "items[water-6l].price", which the company finds in its file; an entry without a readable id
   * keeps its position ("items.1.id").
   */
  String field(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    String[] parts = pointer.substring(1).split("/");
    StringBuilder out = new StringBuilder();
    JsonNode node = root;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      JsonNode next = node == null ? null : (node.isArray() && part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part));
      JsonNode id = next != null && next.isObject() ? next.get("id") : null;
      // A problem with the id itself ("вода" is not an id, or a duplicate) keeps the position.
      boolean aboutTheId = i == parts.length - 2 && parts[i + 1].equals("id");
      if (node != null && node.isArray() && !aboutTheId && id != null && id.isTextual() && !id.asText().isBlank()) {
        out.append('[').append(id.asText()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(part);
      }
      node = next;
    }
    return out.toString();
  }

  void error(String pointer, String message) {
    problems.add(Problem.error(file, line(pointer), field(pointer), message));
  }

  void warning(String pointer, String message) {
    problems.add(Problem.warning(file, line(pointer), field(pointer), message));
  }

  Optional<String> string(String pointer, boolean required) {
    JsonNode node = at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        error(pointer, "is required");
      }
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      error(pointer, "must be a single value");
      return Optional.empty();
    }
    String text = node.asText().strip();
    if (required && text.isEmpty()) {
      error(pointer, "must not be empty");
      return Optional.empty();
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  Optional<String> slug(String pointer) {
    Optional<String> id = string(pointer, true);
    if (id.isPresent() && !SLUG.matcher(id.get()).matches()) {
      error(pointer, "'" + id.get() + "' is not a slug (lowercase letters, digits and dashes)");
    }
    return id;
  }

  Optional<BigDecimal> number(String pointer, boolean required) {
    JsonNode node = at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        error(pointer, "is required");
      }
      return Optional.empty();
    }
    if (!node.isNumber()) {
      error(pointer, "must be a number, not '" + node.asText() + "'");
      return Optional.empty();
    }
    if (node.decimalValue().signum() < 0) {
      error(pointer, "must not be negative");
      return Optional.empty();
    }
    return Optional.of(node.decimalValue());
  }

  List<String> strings(String pointer) {
    JsonNode node = at(pointer);
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (node.isValueNode()) {
      out.add(node.asText().strip());
      return out;
    }
    if (!node.isArray()) {
      error(pointer, "must be a list");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isValueNode()) {
        error(pointer + "/" + i, "must be a single value");
      } else if (!node.get(i).asText().isBlank()) {
        out.add(node.get(i).asText().strip());
      }
    }
    return out;
  }

  /** A plain string (default language) or a map language -> text. */
  LocalizedText text(String pointer, boolean required) {
    JsonNode node = at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        error(pointer, "is required");
      }
      return LocalizedText.EMPTY;
    }
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isValueNode()) {
      map.put(defaultLanguage, node.asText().strip());
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (!e.getValue().isValueNode()) {
                  error(pointer + "/" + e.getKey(), "must be text");
                } else {
                  map.put(e.getKey(), e.getValue().asText().strip());
                }
              });
    } else {
      error(pointer, "must be text or a map from language to text");
      return LocalizedText.EMPTY;
    }
    map.values().removeIf(String::isEmpty);
    if (required && !map.containsKey(defaultLanguage)) {
      error(pointer, "has no text in the default language '" + defaultLanguage + "'");
    }
    return new LocalizedText(map);
  }

  /** A plain list (default language) or a map language -> list. */
  LocalizedList list(String pointer) {
    JsonNode node = at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return LocalizedList.EMPTY;
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (node.isArray() || node.isValueNode()) {
      map.put(defaultLanguage, strings(pointer));
    } else if (node.isObject()) {
      node.fieldNames().forEachRemaining(lang -> map.put(lang, strings(pointer + "/" + lang)));
    } else {
      error(pointer, "must be a list or a map from language to list");
    }
    return new LocalizedList(map);
  }

  /** The elements of a list at {@code pointer}, as pointers. */
  List<String> elements(String pointer, boolean required) {
    JsonNode node = at(pointer);
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        error(pointer, "is required");
      }
      return out;
    }
    if (!node.isArray()) {
      error(pointer, "must be a list");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      out.add(pointer + "/" + i);
    }
    return out;
  }
}
