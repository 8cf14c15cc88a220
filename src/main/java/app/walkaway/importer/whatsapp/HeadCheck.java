package app.walkaway.importer.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Counts header lines among the first 500 lines of a file's head, for detection. */
final class HeadCheck {
  private HeadCheck() {}

  static int headers(byte[] head) {
    return headers(new ByteArrayInputStream(head));
  }

  /**
   * Read for detection: the first 500 lines of a real chat are some tens of kilobytes, and past
   * this a file of a few huge lines would be read to its end just to be told apart.
   */
  static final int MOST_BYTES = 16 << 20;

  /** Reads no further than the 500th line of {@code in} or {@link #MOST_BYTES}, and closes it. */
  static int headers(InputStream in) {
    HeaderScanner scanner = new HeaderScanner();
    Header header = new Header();
    int count = 0;
    try (LineReader lines = new LineReader(new Bounded(in, MOST_BYTES))) {
      while (lines.next() && lines.lineNumber() <= Survey.HEADER_WITHIN) {
        if (scanner.scan(lines.chars(), lines.start(), lines.end(), header)) {
          count++;
        }
      }
    }
    return count;
  }

  /** Ends after {@code most} bytes. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(InputStream in, long most) {
      super(in);
      this.left = most;
    }

    @Override
    public int read() throws java.io.IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      left -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }
}
