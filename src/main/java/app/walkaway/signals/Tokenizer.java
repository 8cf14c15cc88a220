package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into normalized tokens with their original offsets. Words are letters and digits
 * (with inner apostrophes); each emoji is a token of its own; punctuation only marks sentence and
 * clause boundaries. Quoted text is blanked out first ({@link Quotes}).
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokens(String text) {
    String masked = Quotes.mask(text);
    List<Token> out = new ArrayList<>();
    int sentence = 0;
    int clause = 0;
    int i = 0;
    while (i < masked.length()) {
      int cp = masked.codePointAt(i);
      int width = Character.charCount(cp);
      if (isWordChar(cp)) {
        int end = wordEnd(masked, i);
        out.add(new Token(Normal.word(masked.substring(i, end)), i, end, sentence, clause));
        i = end;
        continue;
      }
      if (isEmoji(cp)) {
        out.add(new Token(new String(Character.toChars(cp)), i, i + width, sentence, clause));
      } else if (endsSentence(cp)) {
        sentence++;
        clause++;
      } else if (endsClause(cp)) {
        clause++;
      }
      i += width;
    }
    return out;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      boolean innerApostrophe =
          Normal.isApostrophe(cp) && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
      if (!isWordChar(cp) && !innerApostrophe && !insideNumber(s, i)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** "3:15", "63.40", "12,50": a clock time or a sum is one word, not two clauses. */
  private static boolean insideNumber(String s, int i) {
    char c = s.charAt(i);
    return (c == ':' || c == '.' || c == ',')
        && i > 0
        && i + 1 < s.length()
        && Character.isDigit(s.charAt(i - 1))
        && Character.isDigit(s.charAt(i + 1));
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isEmoji(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL && cp >= 0x2600;
  }

  private static boolean endsSentence(int cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '\u2026';
  }

  private static boolean endsClause(int cp) {
    return cp == ',' || cp == ':' || cp == '(' || cp == ')' || cp == '\u2013' || cp == '\u2014';
  }
}
