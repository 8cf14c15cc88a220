package app.walkaway.importer.whatsapp;

import java.io.ByteArrayInputStream;

/** Counts header lines among the first 500 lines of a file's head, for detection. */
final class HeadCheck {
  private HeadCheck() {}

  static int headers(byte[] head) {
    HeaderScanner scanner = new HeaderScanner();
    Header header = new Header();
    int count = 0;
    try (LineReader lines = new LineReader(new ByteArrayInputStream(head))) {
      while (lines.next() && lines.lineNumber() <= Survey.HEADER_WITHIN) {
        if (scanner.scan(lines.chars(), lines.start(), lines.end(), header)) {
          count++;
        }
      }
    }
    return count;
  }
}
