package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What the second pass counted over a file, or over one segment of it when big files are read on
 * several cores; segments add up in file order with {@link #then}.
 *
 * @param entries authored items handed on
 * @param systemLines notices and placeholders left out
 * @param edited bodies whose "edited" mark was removed
 * @param before lines before the first message
 * @param otherShape header-like lines of another shape, kept as text
 * @param otherShapeLine the first of them, or 0
 * @param badDates headers whose date cannot exist, kept as text
 * @param badDateLine the first of them, or 0
 * @param replaced bytes that were not UTF-8
 * @param longLines lines cut at {@link LineReader#MAX_LINE_BYTES}
 * @param longMessages messages cut at {@link MessageText#MAX_CHARS}
 */
record Counts(
    long entries,
    long systemLines,
    long edited,
    long before,
    long otherShape,
    long otherShapeLine,
    long badDates,
    long badDateLine,
    long replaced,
    Cuts longLines,
    Cuts longMessages) {

  static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, Cuts.NONE, Cuts.NONE);

  /**
   * These counts followed by a later segment's, whose line numbers are {@code shift} short of the
   * file's.
   */
  Counts then(Counts later, long shift) {
    return new Counts(
        entries + later.entries,
        systemLines + later.systemLines,
        edited + later.edited,
        before + later.before,
        otherShape + later.otherShape,
        firstLine(otherShape, otherShapeLine, later.otherShape, later.otherShapeLine, shift),
        badDates + later.badDates,
        firstLine(badDates, badDateLine, later.badDates, later.badDateLine, shift),
        replaced + later.replaced,
        longLines.then(later.longLines, shift),
        longMessages.then(later.longMessages, shift));
  }

  private static long firstLine(
      long count, long line, long laterCount, long laterLine, long shift) {
    return count > 0 ? line : laterCount > 0 ? laterLine + shift : 0;
  }

  ImportReport report(Layout layout, String origin) {
    List<String> notes = new ArrayList<>(layout.notes());
    if (replaced > 0) {
      notes.add(
          replaced
              + (replaced == 1 ? " byte" : " bytes")
              + " could not be read as UTF-8 and "
              + (replaced == 1 ? "was" : "were")
              + " replaced with \uFFFD.");
    }
    Notes.add(notes, edited, before, otherShape, otherShapeLine, badDates, badDateLine);
    Notes.addCuts(notes, longLines, longMessages);
    return new ImportReport(
        origin, Shape.platform(layout.shape()), entries, systemLines, replaced, notes);
  }
}
