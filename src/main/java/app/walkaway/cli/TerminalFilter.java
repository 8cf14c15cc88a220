package app.walkaway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Makes everything Walkaway prints inert on a terminal. A name or a message in an export is printed
 * as she would read it, and an export is anyone's to write: a message holding {@code ESC[2J} would
 * clear her screen, {@code ESC[8m} hide the advice after it, an OSC sequence retitle her window,
 * and a right-to-left override reorder the words she reads. So the characters a terminal acts on
 * instead of showing are written as visible {@code \\u} escapes, e.g. {@code \\u001B[2J}: C0
 * controls but line feed and tab, DEL, C1 controls (which hold an 8-bit CSI), and the bidirectional
 * overrides and isolates U+202A–U+202E and U+2066–U+2069. An ESC sequence without its ESC is plain
 * text.
 *
 * <p>JSON keeps its meaning: Jackson already writes C0 controls as {@code \\u} escapes, and the
 * others can only stand inside a JSON string, where the escape written here means the very same
 * character. A carriage return passes only right before a line feed (a Windows line end).
 */
final class TerminalFilter extends Writer {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final Writer out;
  private boolean carriageReturn; // a '\r' ended the last write: kept if a '\n' follows

  private TerminalFilter(Writer out) {
    this.out = out;
  }

  /** {@code out} behind the filter, flushed at each line as the process's own writers are. */
  static PrintWriter wrap(PrintWriter out) {
    return new PrintWriter(new TerminalFilter(out), true);
  }

  /** Whether a terminal shows {@code c} as itself. */
  static boolean inert(char c) {
    if (c < 0x20) {
      return c == '\n' || c == '\t';
    }
    return (c < 0x7F || c > 0x9F) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    int end = off + len;
    if (carriageReturn) {
      carriageReturn = false;
      lineEnd(buf[off] == '\n');
    }
    int run = off;
    for (int i = off; i < end; i++) {
      char c = buf[i];
      if (inert(c)) {
        continue;
      }
      out.write(buf, run, i - run);
      run = i + 1;
      if (c != '\r') {
        escape(c);
      } else if (i + 1 < end) {
        lineEnd(buf[i + 1] == '\n');
      } else {
        carriageReturn = true;
      }
    }
    out.write(buf, run, end - run);
  }

  private void lineEnd(boolean beforeLineFeed) throws IOException {
    if (beforeLineFeed) {
      out.write('\r');
    } else {
      escape('\r');
    }
  }

  private void escape(char c) throws IOException {
    out.write(
        new char[] {
          '\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]
        });
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (carriageReturn) {
      carriageReturn = false;
      escape('\r');
    }
    out.close();
  }
}
