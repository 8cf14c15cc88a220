package app.walkaway.signals;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form for words in messages and in lexicons alike, so that "Soooo", "so" and "SO"
 * compare equal: lower case, accents dropped, apostrophes dropped ("don't" is "dont"), and every
 * run of a repeated letter collapsed to one ("miss" and "misssss" both become "mis"). Collapsing
 * every run, not only long ones, costs a few harmless collisions ("good" and "god") and saves
 * guessing how many letters a stretched word really has.
 */
final class Normal {
  private Normal() {}

  static String word(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(plain.length());
    int previous = -1;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK || isApostrophe(cp)) {
        continue;
      }
      if (cp != previous || !Character.isLetter(cp)) {
        out.appendCodePoint(cp);
      }
      previous = cp;
    }
    return out.toString();
  }

  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u00b4';
  }
}
