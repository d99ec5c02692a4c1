package io.frontline.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading updates without trusting them. Two readers with two sets of limits:
 * <ul>
 *   <li>a <em>lenient scan</em> that only finds where each update starts and ends in a getUpdates
 *       answer, and an update's {@code update_id}, without building anything: whatever an update
 *       holds (nesting 10,000 deep, a 50,000-character key) it cannot stop the scan, so the offset
 *       always moves past it;
 *   <li>a <em>strict reader</em> for the update's content, with limits far above anything Telegram
 *       sends and far below what would cost memory or stack. An update it refuses is journaled as
 *       rejected, with the reason, and nothing else happens with it.
 * </ul>
 */
final class RawUpdates {

  /** Telegram's updates nest about ten deep (a reply quoting a message with entities); 64 is ample. */
  static final int MAX_DEPTH = 64;

  /** Field names in Telegram's JSON are short words. */
  static final int MAX_NAME = 256;

  /** A message is 4,096 characters, a caption 1,024; a whole update is under the webhook's 1 MiB. */
  static final int MAX_STRING = 1 << 20;

  /** Ids and dates are at most 20 digits; a float a few more. */
  static final int MAX_NUMBER = 64;

  /** Anything after the object is a broken update, as the lenient scan judges it too. */
  private static final ObjectMapper STRICT =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxNameLength(MAX_NAME)
                      .maxStringLength(MAX_STRING)
                      .maxNumberLength(MAX_NUMBER)
                      .maxDocumentLength(2L * MAX_STRING)
                      .build())
              .build())
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * For the scan only: it builds nothing, so depth and sizes cost nothing but time; a getUpdates
   * answer is as long as Telegram makes it.
   */
  private static final JsonFactory LENIENT =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxDocumentLength(-1)
                  .build())
          .build();

  private RawUpdates() {}

  /** Why an update cannot be read, or empty when it can be. */
  sealed interface Reading {}

  /** The update, read. */
  record Read(JsonNode root) implements Reading {}

  /** The update could not be read within the limits; {@code reason} says why, in a few words. */
  record Refused(String reason) implements Reading {}

  /** Reads one update's content within the strict limits. */
  static Reading read(String raw) {
    try {
      JsonNode root = STRICT.readTree(raw);
      if (root == null || !root.isObject()) {
        return new Refused("not a JSON object");
      }
      return new Read(root);
    } catch (IOException | RuntimeException e) {
      return new Refused(reason(e));
    }
  }

  /**
   * The {@code update_id} at the top level of {@code raw}, found without reading the rest (so an
   * update too deep or too large to read still has its id, and can be journaled as rejected).
   * Empty when {@code raw} is not JSON, not an object, or has no integral update_id.
   */
  static Optional<Long> updateId(String raw) {
    try (JsonParser p = LENIENT.createParser(raw)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Optional<Long> id = Optional.empty();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("update_id".equals(name) && value == JsonToken.VALUE_NUMBER_INT && id.isEmpty()) {
          try {
            id = Optional.of(p.getLongValue());
          } catch (IOException | RuntimeException tooBig) {
            return Optional.empty();
          }
        } else {
          p.skipChildren();
        }
      }
      // The object must end well: a truncated update is not one, whatever it started with.
      return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null ? id : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A getUpdates answer with {@code ok} not true: an error answer, read as such by the caller. */
  static final class NotOk extends IOException {
    NotOk() {
      super("the answer is not ok");
    }
  }

  /**
   * Splits the {@code result} array of a getUpdates answer into each update's JSON, as sent,
   * without reading inside them.
   *
   * @throws NotOk the answer says {@code "ok": false} (an error answer)
   * @throws IOException the answer is not JSON, or has no {@code result} array
   */
  static List<String> results(String answer) throws IOException {
    try (JsonParser p = LENIENT.createParser(answer)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("the answer is not a JSON object");
      }
      boolean ok = false;
      List<String> out = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("ok".equals(name)) {
          ok = value == JsonToken.VALUE_TRUE;
        } else if ("result".equals(name) && value == JsonToken.START_ARRAY) {
          out = elements(p, answer);
        } else {
          p.skipChildren();
        }
      }
      if (!ok) {
        throw new NotOk();
      }
      if (out == null) {
        throw new IOException("no result array in the answer");
      }
      return out;
    } catch (RuntimeException e) {
      throw new IOException(reason(e), e);
    }
  }

  private static List<String> elements(JsonParser p, String answer) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e == null) {
        throw new IOException("the answer ends inside result");
      }
      if (e.isStructStart()) {
        int from = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        out.add(answer.substring(from, (int) p.currentLocation().getCharOffset()));
      } else {
        out.add(p.getText()); // not an update: dropped by the intake, it has no update_id
      }
    }
    return out;
  }

  /** A short reason: the constraint's message without Jackson's advice on how to lift it. */
  private static String reason(Exception e) {
    String m = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int advice = m.indexOf(" (by setting");
    if (advice < 0) {
      advice = m.indexOf(" (can be changed");
    }
    String s = (advice > 0 ? m.substring(0, advice) : m).replaceAll(", from `[^`]*`", "");
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
