package app.walkaway.importer.sms;

import java.io.IOException;
import java.io.Reader;

/**
 * Makes a backup's text acceptable to a strict XML parser before it sees it (FORMATS §4.2). Some
 * Android versions write an emoji as two references to its UTF-16 halves, {@code &#55357;&#56832;},
 * which XML forbids: such a pair becomes the one real character. A lone half, a reference to a
 * character XML does not allow ({@code &#1;}) and a raw control character become U+FFFD and are
 * counted. Everything else passes through untouched, so line numbers stay right. Works on whole
 * buffers, looking ahead only at an '&'.
 */
final class XmlRefFilter extends Reader {
  private static final int SIZE = 8192;
  private static final int LOOKAHEAD = 2 * (Ref.MAX_LENGTH + 1);
  private final Reader in;
  private final char[] src = new char[SIZE];
  private int at;
  private int end;
  private final char[] made = new char[2];
  private boolean eof;
  private int pending = -1;
  private long replaced;

  XmlRefFilter(Reader in) {
    this.in = in;
  }

  long replaced() {
    return replaced;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pending >= 0) {
      buf[off + n++] = (char) pending;
      pending = -1;
    }
    while (n < len) {
      if (end - at < LOOKAHEAD && !eof) {
        fill();
      }
      if (at == end) {
        break;
      }
      char c = src[at];
      if (c == '&') {
        int made = reference(this.made, 0);
        buf[off + n++] = this.made[0];
        if (made == 2 && n < len) {
          buf[off + n++] = this.made[1];
        } else if (made == 2) {
          pending = this.made[1]; // the second half of a pair waits for the next call
        }
      } else {
        buf[off + n++] = rawAllowed(c) ? c : replacement();
        at++;
      }
    }
    return n == 0 ? -1 : n;
  }

  /** Handles the '&' at {@link #at}: writes one or two chars, returns how many. */
  private int reference(char[] buf, int to) {
    Ref ref = Ref.parse(src, at + 1, end);
    if (ref == null || (allowed(ref.value()) && !isHigh(ref.value()))) {
      buf[to] = '&'; // an ordinary reference or entity passes through one char at a time
      at++;
      return 1;
    }
    at += 1 + ref.length();
    if (isHigh(ref.value()) && at < end && src[at] == '&') {
      Ref low = Ref.parse(src, at + 1, end);
      if (low != null && low.value() <= 0xFFFF && Character.isLowSurrogate((char) low.value())) {
        at += 1 + low.length();
        buf[to] = (char) ref.value();
        buf[to + 1] = (char) low.value();
        return 2;
      }
    }
    buf[to] = replacement();
    return 1;
  }

  private void fill() throws IOException {
    System.arraycopy(src, at, src, 0, end - at);
    end -= at;
    at = 0;
    while (end < SIZE && !eof) {
      int read = in.read(src, end, SIZE - end);
      if (read < 0) {
        eof = true;
      } else {
        end += read;
      }
    }
  }

  private char replacement() {
    replaced++;
    return '\uFFFD';
  }

  private static boolean isHigh(int value) {
    return value <= 0xFFFF && Character.isHighSurrogate((char) value);
  }

  /** XML 1.0's Char production; surrogates only ever pass as the pairs made here. */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate((char) c))
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** A decoded char: surrogates here are halves of real pairs and pass. */
  private static boolean rawAllowed(char c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == 0x9 || c == 0xA || c == 0xD;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
