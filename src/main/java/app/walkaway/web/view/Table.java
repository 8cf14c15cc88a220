package app.walkaway.web.view;

import java.util.List;

/**
 * A table of numbers in words, behind a chart's "show as table". A chart script draws from the same
 * table, so the picture and the table cannot disagree.
 *
 * @param caption what the table holds
 * @param columns the column headings; the first heads the row labels
 * @param rows the rows
 */
public record Table(String caption, List<String> columns, List<Row> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One row.
   *
   * @param label the row's heading
   * @param cells its cells, in the columns' order
   * @param marked true for the row of the day (or week) she stepped back
   */
  public record Row(String label, List<Cell> cells, boolean marked) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell: the words she reads, and the number a chart draws.
   *
   * @param text as shown, e.g. "about 3 hours"
   * @param value the number behind it, e.g. 180 (minutes)
   */
  public record Cell(String text, double value) {
    public static Cell count(long n) {
      return new Cell(Long.toString(n), n);
    }

    /** The number as a chart script reads it from the page. */
    public String valueText() {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }
}
