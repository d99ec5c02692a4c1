package io.frontline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.metrics.BotMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboard in deploy/ name only series the bot really exposes: a renamed
 * metric must not leave an alert that can never fire.
 */
class MonitoringFilesTest {

  private static final Pattern SERIES = Pattern.compile("\\b(frontline_[a-z_]+|hikaricp_[a-z_]+|jvm_[a-z_]+)");
  static String scrape;

  @BeforeAll
  static void scrape() {
    BotMetrics metrics = new BotMetrics();
    // What a fresh registry shows, every series the bot declares (gauges register when the
    // service wires them), and the pool's series, named as Hikari's Micrometer tracker names them.
    scrape =
        metrics.scrape() + "\n" + String.join("\n", BotMetrics.SERIES)
            + "\nhikaricp_connections_active\nhikaricp_connections_pending\n";
  }

  /** Whole series names, not substrings: "frontline_outbox_dept" is no series. */
  private static java.util.Set<String> known() {
    java.util.Set<String> names = new java.util.HashSet<>();
    Matcher m = Pattern.compile("[a-z_]+").matcher(scrape);
    while (m.find()) {
      names.add(base(m.group()));
    }
    return names;
  }

  /** "frontline_decision_latency_seconds_bucket" and "…_count" are one series. */
  private static String base(String name) {
    return name.replaceAll("_(bucket|sum|count|total)$", "");
  }

  static List<String> exprs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("expr") && e.getValue().isTextual()) {
          out.add(e.getValue().asText());
        } else {
          exprs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> exprs(n, out));
    }
    return out;
  }

  static void everySeriesExists(List<String> exprs) {
    assertThat(exprs).isNotEmpty();
    for (String expr : exprs) {
      Matcher m = SERIES.matcher(expr);
      while (m.find()) {
        assertThat(known()).as("%s in %s", m.group(1), expr).contains(base(m.group(1)));
      }
    }
  }

  @Test
  void everyAlertNamesARealSeries() throws Exception {
    JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../deploy/prometheus/alerts.yml").toFile());
    List<String> exprs = exprs(rules, new ArrayList<>());
    assertThat(exprs).hasSizeGreaterThanOrEqualTo(8);
    everySeriesExists(exprs);
  }

  @Test
  void everyDashboardPanelNamesARealSeries() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(Path.of("../deploy/grafana/frontline.json").toFile());
    everySeriesExists(exprs(dashboard, new ArrayList<>()));
  }
}
