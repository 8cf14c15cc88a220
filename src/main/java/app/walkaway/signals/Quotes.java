package app.walkaway.signals;

/**
 * Blanks out words that are not his own: lines quoted in reply style ("> ...", as mail and some
 * chat apps write them) and text inside quotation marks, which in a message usually reports what
 * someone else said. Offsets are kept (characters become spaces) so matches still point into the
 * original text.
 */
final class Quotes {
  private static final String OPENERS = "\"\u201c\u201e\u00ab";
  private static final String CLOSERS = "\"\u201d\u201c\u00bb";

  private Quotes() {}

  static String mask(String text) {
    char[] chars = text.toCharArray();
    maskQuotedLines(chars);
    maskQuotedSpans(chars);
    return new String(chars);
  }

  private static void maskQuotedLines(char[] chars) {
    boolean lineStart = true;
    boolean inQuote = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n') {
        lineStart = true;
        inQuote = false;
        continue;
      }
      if (lineStart && !Character.isWhitespace(c)) {
        inQuote = c == '>';
        lineStart = false;
      }
      if (inQuote) {
        chars[i] = ' ';
      }
    }
  }

  private static void maskQuotedSpans(char[] chars) {
    int i = 0;
    while (i < chars.length) {
      int open = OPENERS.indexOf(chars[i]);
      int close = open < 0 ? -1 : findCloser(chars, i + 1, CLOSERS.charAt(open));
      if (close < 0) {
        i++;
        continue;
      }
      for (int j = i; j <= close; j++) {
        chars[j] = chars[j] == '\n' ? '\n' : ' ';
      }
      i = close + 1;
    }
  }

  private static int findCloser(char[] chars, int from, char closer) {
    for (int j = from; j < chars.length; j++) {
      if (chars[j] == closer || (closer == '\u201c' && chars[j] == '\u201d')) {
        return j;
      }
      if (chars[j] == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
