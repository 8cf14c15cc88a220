package app.walkaway.web.view;

import java.util.Objects;

/**
 * A chart drawn in the browser by Chart.js from its own table (so the two cannot disagree); without
 * scripts the table is the chart.
 *
 * @param id the chart's element id, also telling the script how to draw it ("starts", "replies")
 * @param reading what it shows, in one sentence, above it
 * @param label what the picture is, for screen readers
 * @param table the numbers
 */
public record Chart(String id, String reading, String label, Table table) {
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(table, "table");
  }
}
