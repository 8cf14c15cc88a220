package app.walkaway.importer.whatsapp;

import java.util.List;

/**
 * Lines or messages too long to keep whole, each cut to its first part: how many, and the first of
 * them, for the report's note.
 *
 * @param count how many were cut
 * @param firstLine the line of the first, or 0
 * @param firstSize the first one's whole size (bytes for a line, chars for a message)
 */
record Cuts(long count, long firstLine, long firstSize) {
  static final Cuts NONE = new Cuts(0, 0, 0);

  /** These followed by one more, cut at {@code line}. */
  Cuts plus(long line, long size) {
    return count == 0 ? new Cuts(1, line, size) : new Cuts(count + 1, firstLine, firstSize);
  }

  /** These followed by a later segment's, whose lines are {@code shift} short of the file's. */
  Cuts then(Cuts later, long shift) {
    if (later.count == 0) {
      return this;
    }
    return count > 0
        ? new Cuts(count + later.count, firstLine, firstSize)
        : new Cuts(later.count, later.firstLine + shift, later.firstSize);
  }

  /** The long lines among {@code lines} from line {@code from} up to, not including, {@code to}. */
  static Cuts of(List<LongLine> lines, long from, long to) {
    Cuts cuts = NONE;
    for (LongLine line : lines) {
      if (line.line() >= from && line.line() < to) {
        cuts = cuts.plus(line.line(), line.bytes());
      }
    }
    return cuts;
  }
}
