package io.frontline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawUpdatesTest {

  static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

  @Test
  void theIdOfAnUpdateTooDeepOrTooBigToReadIsStillFound() {
    assertThat(RawUpdates.updateId("{\"x\":" + DEEP + ",\"update_id\":42}")).contains(42L);
    assertThat(RawUpdates.updateId("{\"" + "k".repeat(50_000) + "\":1,\"update_id\":43}")).contains(43L);
    assertThat(RawUpdates.read("{\"x\":" + DEEP + ",\"update_id\":42}")).isInstanceOf(RawUpdates.Refused.class);
    assertThat(RawUpdates.read("{\"" + "k".repeat(50_000) + "\":1}")).isInstanceOf(RawUpdates.Refused.class);
  }

  @Test
  void whatIsNoUpdateHasNoId() {
    assertThat(RawUpdates.updateId("{\"update_id\":\"42\"}")).isEmpty();
    assertThat(RawUpdates.updateId("{\"update_id\":4.2}")).isEmpty();
    assertThat(RawUpdates.updateId("{\"update_id\":99999999999999999999}")).isEmpty();
    assertThat(RawUpdates.updateId("{\"update_id\":42")).isEmpty();
    assertThat(RawUpdates.updateId("{\"update_id\":42} trailing")).isEmpty();
    assertThat(RawUpdates.updateId("[42]")).isEmpty();
    assertThat(RawUpdates.updateId("")).isEmpty();
  }

  @Test
  void theReasonIsShortAndSaysWhat() {
    RawUpdates.Reading r = RawUpdates.read("{\"x\":" + DEEP + "}");
    assertThat(((RawUpdates.Refused) r).reason()).contains("depth").doesNotContain("StreamReadConstraints").hasSizeLessThan(201);
  }

  @Test
  void aGetUpdatesAnswerIsSplitWithoutReadingItsUpdates() throws IOException {
    String poison = "{\"update_id\":2,\"message\":{\"x\":" + DEEP + "}}";
    String answer = "{\"ok\":true,\"result\":[{\"update_id\":1},  " + poison + ",{\"update_id\":3,\"s\":\"a}]\\\"b\"}]}";
    List<String> updates = RawUpdates.results(answer);
    assertThat(updates).containsExactly("{\"update_id\":1}", poison, "{\"update_id\":3,\"s\":\"a}]\\\"b\"}");
    assertThat(RawUpdates.results("{\"result\":[],\"ok\":true}")).isEmpty();
  }

  @Test
  void anErrorAnswerIsNotOkAndGarbageIsAnError() {
    assertThatThrownBy(() -> RawUpdates.results("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict\"}"))
        .isInstanceOf(RawUpdates.NotOk.class);
    assertThatThrownBy(() -> RawUpdates.results("<html>Bad Gateway</html>")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> RawUpdates.results("{\"ok\":true}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> RawUpdates.results("{\"ok\":true,\"result\":[{\"update_id\":1}")).isInstanceOf(IOException.class);
  }
}
