package app.walkaway.importer.sms;

/**
 * A numeric character reference just after its '&': {@code #55357;} or {@code #xD83D;}.
 *
 * @param value the code point it names
 * @param length how many chars it takes after the '&', up to and including the ';'
 */
record Ref(int value, int length) {
  /** The most chars a reference we rewrite can take after its '&': "#x" + 8 digits + ";". */
  static final int MAX_LENGTH = 11;

  private static final int MAX_DIGITS = 8;

  /** The reference starting at {@code from} (just after an '&'), or null when there is none. */
  static Ref parse(char[] text, int from, int to) {
    int i = from;
    if (i >= to || text[i] != '#') {
      return null;
    }
    i++;
    boolean hex = i < to && (text[i] == 'x' || text[i] == 'X');
    if (hex) {
      i++;
    }
    int radix = hex ? 16 : 10;
    long value = 0;
    int digits = 0;
    while (i < to && text[i] < 128 && Character.digit(text[i], radix) >= 0) {
      if (++digits > MAX_DIGITS) {
        return null;
      }
      value = value * radix + Character.digit(text[i], radix);
      i++;
    }
    if (digits == 0 || i >= to || text[i] != ';') {
      return null;
    }
    return new Ref((int) value, i + 1 - from);
  }
}
