package app.walkaway.web.view;

import java.util.List;

/**
 * A grid of shaded cells drawn as SVG on the server (the calendar of his contact, the hour by
 * weekday grid), with its one-line reading and the table behind "show as table".
 *
 * @param reading what the grid shows, in one sentence
 * @param label what the picture is, for screen readers
 * @param width the drawing's width in its own units (it scales to the column)
 * @param height the drawing's height
 * @param cells the shaded cells
 * @param labels the axis labels
 * @param table the same numbers as a table
 */
public record Heatmap(
    String reading,
    String label,
    int width,
    int height,
    List<Cell> cells,
    List<Label> labels,
    Table table) {
  public static final int CELL = 12;
  public static final int STEP = 14;

  public Heatmap {
    cells = List.copyOf(cells);
    labels = List.copyOf(labels);
  }

  /**
   * One cell.
   *
   * @param x left edge
   * @param y top edge
   * @param level shade from 0 (none) to 4 (most)
   * @param title what the cell counts, in words (a tooltip)
   * @param marked true for the day she stepped back
   */
  public record Cell(int x, int y, int level, String title, boolean marked) {
    /** The CSS class of its shade (and its outline when marked). */
    public String cssClass() {
      return "l" + level + (marked ? " marked" : "");
    }
  }

  /** An axis label at (x, y); {@code end} aligns it to the right of x. */
  public record Label(int x, int y, String text, boolean end) {}
}
