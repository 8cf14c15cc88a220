package app.walkaway.text;

/** A length of time in plain words, rounded as a person would say it. */
public final class Durations {
  private Durations() {}

  /** "under a minute", "1 minute", "45 minutes", "3 hours", "1 day", "3 days". */
  public static String minutes(double minutes) {
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 90) {
      long m = Math.round(minutes);
      return m == 1 ? "1 minute" : m + " minutes";
    }
    if (minutes < 36 * 60) {
      long h = Math.round(minutes / 60);
      return h + " hours";
    }
    long d = Math.round(minutes / 1440);
    return d == 1 ? "1 day" : d + " days";
  }

  /** Whole days: "1 day", "9 days". */
  public static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
