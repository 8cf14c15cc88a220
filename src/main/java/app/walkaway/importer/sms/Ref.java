package app.walkaway.importer.sms;

import java.io.IOException;
import java.io.PushbackReader;

/**
 * A numeric character reference just after its '&': {@code #55357;} or {@code #xD83D;}.
 *
 * @param value the code point it names
 * @param raw the text after the '&', to put back or pass on unchanged
 */
record Ref(int value, String raw) {
  private static final int MAX_DIGITS = 8;

  /** Reads a reference, or puts back what it read and returns null when there is none. */
  static Ref read(PushbackReader in, int maxRaw) throws IOException {
    StringBuilder raw = new StringBuilder();
    int c = in.read();
    boolean hex = false;
    if (c == '#') {
      raw.append('#');
      c = in.read();
      if (c == 'x' || c == 'X') {
        hex = true;
        raw.append((char) c);
        c = in.read();
      }
    }
    int digits = 0;
    long value = 0;
    while (raw.length() > 0 && c >= 0 && Character.digit(c, hex ? 16 : 10) >= 0 && c < 128) {
      if (++digits > MAX_DIGITS || raw.length() >= maxRaw) {
        break;
      }
      value = value * (hex ? 16 : 10) + Character.digit(c, hex ? 16 : 10);
      raw.append((char) c);
      c = in.read();
    }
    if (digits == 0 || digits > MAX_DIGITS || c != ';') {
      if (c >= 0) {
        in.unread(c);
      }
      in.unread(raw.toString().toCharArray());
      return null;
    }
    raw.append(';');
    return new Ref((int) Math.min(value, Integer.MAX_VALUE), raw.toString());
  }
}
