package app.walkaway.importer.telegram;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Telegram Desktop writes control characters inside strings as {@code \xHH}, which JSON does not
 * allow (telegramdesktop/tdesktop#27571, FORMATS §2.3). This reader rewrites each such escape to
 * the JSON escape for the same character (backslash, "u00", the two digits) on the fly, leaving
 * escaped backslashes (backslash, backslash, "x41") alone. It works on whole buffers: the escape is
 * rare and the text around it must pass through at full speed.
 */
final class EscapeRepairReader extends FilterReader {
  private static final int SIZE = 8192;
  private final char[] src = new char[SIZE];
  private int at;
  private int end;
  private int pendingZeros;
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
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      if (pendingZeros > 0) {
        buf[off + n++] = '0';
        pendingZeros--;
        continue;
      }
      if (at == end && !(n == 0 && fill())) {
        break;
      }
      char c = src[at++];
      if (afterBackslash) {
        afterBackslash = false;
        if (c == 'x') {
          c = 'u';
          pendingZeros = 2;
          repaired++;
        }
      } else {
        afterBackslash = c == '\\';
      }
      buf[off + n++] = c;
    }
    return n == 0 ? -1 : n;
  }

  private boolean fill() throws IOException {
    int read = in.read(src, 0, SIZE);
    at = 0;
    end = Math.max(read, 0);
    return read > 0;
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
  public boolean ready() throws IOException {
    return at < end || pendingZeros > 0 || in.ready();
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
