package app.walkaway.importer.whatsapp;

import java.util.List;

/**
 * What the first pass decided about a file, for the second pass to read it by.
 *
 * @param shape the dominant header shape; headers of any other shape are message text
 * @param order how to read the numeric date fields
 * @param firstYear for files that write no year: the year of the first message, else 0
 * @param markMeansSystem whether an iPhone body opening with U+200E/U+200F is a system line
 * @param notes sentences for the report, in the order found
 */
record Layout(
    int shape, DateOrder order, int firstYear, boolean markMeansSystem, List<String> notes) {
  Layout {
    notes = List.copyOf(notes);
  }
}
