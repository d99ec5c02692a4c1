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
 * {@code is_bot}, for one): the offset could then never move past it. Here the answer is only
 * split into its updates ({@link RawUpdates#results}, which no update's content can stop), every
 * update is journaled as sent, and the transport reads it within limits ({@link Incoming}).
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
    try {
      return new ArrayList<>(RawUpdates.results(answer));
    } catch (RawUpdates.NotOk e) {
      throw error(answer);
    } catch (IOException e) {
      throw new TelegramApiRequestException("getUpdates: " + e.getMessage(), e);
    }
  }

  /** An error answer is small and made by Telegram: read whole. */
  private static TelegramApiRequestException error(String answer) {
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (IOException e) {
      return new TelegramApiRequestException("Unable to deserialize response", e);
    }
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
    return new TelegramApiRequestException("Error executing getUpdates", response);
  }
}
