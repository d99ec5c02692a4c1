package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The JSON the stores write: records with {@code Optional} fields. */
final class Json {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          // Dates and times (an order's delivery slot) as ISO text, readable in the database.
          .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .build();

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads {@code json} written by this or an older version: a field it lacks (or has as null) takes
   * its value in {@code defaults}; a field no longer known is ignored.
   *
   * @throws IllegalArgumentException {@code json} is not a JSON object of that type
   */
  static <T> T readOnto(T defaults, String json, Class<T> type) {
    try {
      ObjectNode merged = MAPPER.valueToTree(defaults);
      JsonNode stored = MAPPER.readTree(json);
      if (!(stored instanceof ObjectNode fields)) {
        throw new IllegalArgumentException("not a JSON object");
      }
      fields.properties().forEach(f -> {
        if (!f.getValue().isNull()) {
          merged.set(f.getKey(), f.getValue());
        }
      });
      return MAPPER.treeToValue(merged, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
