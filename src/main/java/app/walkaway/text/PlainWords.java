package app.walkaway.text;

import app.walkaway.readout.RateRatio;
import java.util.Locale;

/**
 * Puts a {@link RateRatio} into one plain sentence, with the uncertainty in words a person can use:
 * "He started 0.4 conversations a week before and 2.1 since; that is about 5 times as often (likely
 * between 2 and 12 times)."
 */
public final class PlainWords {
  private PlainWords() {}

  /**
   * @param who the subject, e.g. "He" or the name she gave him
   * @param verb what he did, e.g. "started"
   * @param noun what he did it to, in the plural, e.g. "conversations"
   */
  public static String rate(RateRatio r, String who, String verb, String noun) {
    String before =
        r.before() == 0
            ? "no " + noun + " before"
            : counted(rate(r.beforePerWeek()), noun) + " a week before";
    String after = r.after() == 0 ? "none since" : rate(r.afterPerWeek()) + " since";
    String head = who + " " + verb + " " + before + " and " + after;
    if (r.before() == 0 && r.after() == 0) {
      return head + ", so there is nothing to compare yet.";
    }
    if (r.before() == 0) {
      return head + "; that is a rise from nothing (likely at least " + times(r.low()) + ").";
    }
    if (r.after() == 0) {
      return head + "; that is a drop to nothing (likely at most " + times(r.high()) + ").";
    }
    String ratio = "that is about " + number(r.ratio()) + " times as often";
    String interval = "likely between " + number(r.low()) + " and " + bound(r.high()) + " times";
    String verdict = r.clearlyUp() || r.clearlyDown() ? "" : "; the difference could be chance";
    return head + "; " + ratio + " (" + interval + ")" + verdict + ".";
  }

  /** "1 conversation", "2.5 conversations": the plural noun after any number but one. */
  private static String counted(String number, String plural) {
    return number.equals("1") && plural.endsWith("s")
        ? number + " " + plural.substring(0, plural.length() - 1)
        : number + " " + plural;
  }

  private static String times(double x) {
    return Double.isInfinite(x) ? "any number of times as often" : number(x) + " times as often";
  }

  private static String bound(double x) {
    return Double.isInfinite(x) ? "no upper limit" : number(x);
  }

  /** A rate per week: 12, 2.5, 2, 0.4, 0.05. */
  public static String rate(double x) {
    return x >= 10 ? String.format(Locale.ROOT, "%.0f", x) : small(x);
  }

  private static String small(double x) {
    if (x < 0.1 && x > 0) {
      return String.format(Locale.ROOT, "%.2f", x);
    }
    String one = String.format(Locale.ROOT, "%.1f", x);
    return one.endsWith(".0") ? one.substring(0, one.length() - 2) : one;
  }

  /**
   * A ratio: 12, 5, 2.1, 1, 0.4, 0.05: whole numbers from 2 up, one decimal below, two below 0.1.
   */
  public static String number(double x) {
    if (x >= 2) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    return small(x);
  }
}
