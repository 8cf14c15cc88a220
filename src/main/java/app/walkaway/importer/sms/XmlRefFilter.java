package app.walkaway.importer.sms;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Makes a backup's text acceptable to a strict XML parser before it sees it (FORMATS §4.2). Some
 * Android versions write an emoji as two references to its UTF-16 halves, {@code &#55357;&#56832;},
 * which XML forbids: such a pair becomes the one real character. A lone half, a reference to a
 * character XML does not allow ({@code &#1;}) and a raw control character become U+FFFD and are
 * counted. Everything else passes through untouched, so line numbers stay right.
 */
final class XmlRefFilter extends Reader {
  private static final int MAX_RAW = 16;
  private final PushbackReader in;
  private final StringBuilder out = new StringBuilder();
  private int at;
  private long replaced;

  XmlRefFilter(Reader in) {
    this.in = new PushbackReader(in, 2 * MAX_RAW + 2);
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
    while (n < len) {
      if (at == out.length()) {
        out.setLength(0);
        at = 0;
        if (!step()) {
          break;
        }
      }
      int take = Math.min(len - n, out.length() - at);
      out.getChars(at, at + take, buf, off + n);
      at += take;
      n += take;
    }
    return n == 0 ? -1 : n;
  }

  /** Reads one char or one reference from the input into {@link #out}; false at the end. */
  private boolean step() throws IOException {
    int c = in.read();
    if (c < 0) {
      return false;
    }
    if (c != '&') {
      out.append(rawAllowed(c) ? (char) c : replacement());
      return true;
    }
    Ref ref = Ref.read(in, MAX_RAW);
    if (ref == null) {
      out.append('&');
    } else if (ref.value() <= 0xFFFF && Character.isHighSurrogate((char) ref.value())) {
      pair(ref);
    } else if (!allowed(ref.value())) {
      out.append(replacement());
    } else {
      out.append('&').append(ref.raw());
    }
    return true;
  }

  private void pair(Ref high) throws IOException {
    int c = in.read();
    Ref low = c == '&' ? Ref.read(in, MAX_RAW) : null;
    if (low != null && low.value() <= 0xFFFF && Character.isLowSurrogate((char) low.value())) {
      out.appendCodePoint(Character.toCodePoint((char) high.value(), (char) low.value()));
      return;
    }
    if (low != null) {
      in.unread(low.raw().toCharArray());
    }
    if (c >= 0) {
      in.unread(c);
    }
    out.append(replacement());
  }

  private char replacement() {
    replaced++;
    return '\uFFFD';
  }

  /** XML 1.0's Char production, with surrogates excluded (they only come in pairs we made). */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate((char) c))
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** A decoded char: surrogates here are halves of real pairs and pass. */
  private static boolean rawAllowed(int c) {
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == 0x9 || c == 0xA || c == 0xD;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
