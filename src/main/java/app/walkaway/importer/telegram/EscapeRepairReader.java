package app.walkaway.importer.telegram;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Telegram Desktop writes control characters inside strings as {@code \xHH}, which JSON does not
 * allow (telegramdesktop/tdesktop#27571, FORMATS §2.3). This reader rewrites each {@code \xHH}
 * escape to the JSON escape for the same character (backslash, "u00", the two digits) on the fly,
 * leaving escaped backslashes (backslash, backslash, "x41") alone.
 */
final class EscapeRepairReader extends FilterReader {
  private final char[] pending = new char[6];
  private int pendingAt;
  private int pendingEnd;
  private boolean afterBackslash;
  private long repaired;

  EscapeRepairReader(Reader in) {
    super(in);
  }

  long repaired() {
    return repaired;
  }

  @Override
  public int read() throws IOException {
    if (pendingAt < pendingEnd) {
      return pending[pendingAt++];
    }
    int c = in.read();
    if (c < 0) {
      return c;
    }
    if (afterBackslash) {
      afterBackslash = false;
      return c == 'x' ? rewriteHex() : c;
    }
    afterBackslash = c == '\\';
    return c;
  }

  /** Called after a backslash and an 'x': emits "u00" and the hex digits that follow. */
  private int rewriteHex() {
    pending[0] = '0';
    pending[1] = '0';
    pendingAt = 0;
    pendingEnd = 2;
    repaired++;
    return 'u';
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      buf[off + n++] = (char) c;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
