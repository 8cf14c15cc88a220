package app.walkaway.importer.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Counts header lines among the first 500 lines of a file's head, for detection. */
final class HeadCheck {
  private HeadCheck() {}

  static int headers(byte[] head) {
    return headers(new ByteArrayInputStream(head));
  }

  /** Reads no further than the 500th line of {@code in}, and closes it. */
  static int headers(InputStream in) {
    HeaderScanner scanner = new HeaderScanner();
    Header header = new Header();
    int count = 0;
    try (LineReader lines = new LineReader(in)) {
      while (lines.next() && lines.lineNumber() <= Survey.HEADER_WITHIN) {
        if (scanner.scan(lines.chars(), lines.start(), lines.end(), header)) {
          count++;
        }
      }
    }
    return count;
  }
}
