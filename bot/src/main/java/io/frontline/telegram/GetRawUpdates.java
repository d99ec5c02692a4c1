package io.frontline.telegram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} through the TelegramBots client, returning each update's JSON exactly as
 * Telegram sent it. The library's own {@code GetUpdates} maps the whole batch into {@code Update}
 * objects and fails the batch when one update does not fit its model (a {@code from} without
 * {@code is_bot}, for one): the offset could then never move past it. Here every update is
 * journaled as sent, and the transport reads it leniently ({@link Incoming}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class GetRawUpdates extends BotApiMethod<ArrayList<String>> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @JsonProperty("offset")
  private final Long offset;

  @JsonProperty("limit")
  private final Integer limit;

  @JsonProperty("timeout")
  private final Integer timeout;

  @JsonProperty("allowed_updates")
  private final List<String> allowedUpdates;

  GetRawUpdates(Long offset, int limit, int timeoutSeconds, List<String> allowedUpdates) {
    this.offset = offset;
    this.limit = limit;
    this.timeout = timeoutSeconds;
    this.allowedUpdates = allowedUpdates;
  }

  @Override
  public String getMethod() {
    return "getUpdates";
  }

  @JsonIgnore
  int timeoutSeconds() {
    return timeout;
  }

  @Override
  public ArrayList<String> deserializeResponse(String answer) throws TelegramApiRequestException {
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (IOException e) {
      throw new TelegramApiRequestException("Unable to deserialize response", e);
    }
    if (root == null || !root.isObject()) {
      throw new TelegramApiRequestException("getUpdates: the answer is not a JSON object");
    }
    if (!root.path("ok").asBoolean(false)) {
      ResponseParameters parameters = null;
      if (root.path("parameters").isObject()) {
        parameters = new ResponseParameters();
        JsonNode p = root.get("parameters");
        if (p.path("retry_after").canConvertToInt()) {
          parameters.setRetryAfter(p.get("retry_after").asInt());
        }
      }
      ApiResponse<ArrayList<String>> response =
          ApiResponse.<ArrayList<String>>builder()
              .ok(false)
              .errorCode(root.path("error_code").canConvertToInt() ? root.get("error_code").asInt() : null)
              .errorDescription(root.path("description").asText(""))
              .parameters(parameters)
              .build();
      throw new TelegramApiRequestException("Error executing getUpdates", response);
    }
    JsonNode result = root.path("result");
    if (!result.isArray()) {
      throw new TelegramApiRequestException("getUpdates: no result array in the answer");
    }
    ArrayList<String> out = new ArrayList<>(result.size());
    for (JsonNode u : result) {
      out.add(u.toString());
    }
    return out;
  }
}
