package io.frontline.stats;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The weekly summary's picture: how the week's conversations ended (answered, clarified, referred,
 * declined, handed over), and to whom clients were referred or handed, as one bar chart. A PNG
 * drawn with XChart on Java2D, so it works on a server without a display.
 */
public final class ReportChart {

  public static final int WIDTH = 900;
  public static final int HEIGHT = 500;

  private ReportChart() {}

  /** The chart as PNG bytes. */
  public static byte[] png(Report r) {
    // A server has no display; Java2D must not look for one.
    System.setProperty("java.awt.headless", "true");
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Frontline: how conversations ended")
            .xAxisTitle("")
            .yAxisTitle("messages")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setDecimalPattern("#");
    List<String> actions = new ArrayList<>(List.of("answer", "clarify", "refer", "decline", "escalate"));
    r.byAction().keySet().stream().filter(a -> !actions.contains(a)).sorted().forEach(actions::add);
    List<Integer> counts = new ArrayList<>();
    for (String a : actions) {
      counts.add(r.byAction().getOrDefault(a, 0));
    }
    chart.addSeries("decisions", actions, counts);
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the summary chart", e);
    }
  }

  /** For the caption: the same figures in a line. */
  public static String caption(Report r) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : r.byAction().entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.getKey()).append(' ').append(e.getValue());
    }
    return "How conversations ended " + r.from() + " .. " + r.to() + ": " + (sb.length() == 0 ? "none" : sb);
  }
}
