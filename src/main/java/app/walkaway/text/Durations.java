package app.walkaway.text;

/**
 * A length of time in plain words, rounded as a person would say it: every edge words durations
 * here. {@link #about} for a typical delay among many (the figures), {@link #minutes} for one
 * measured length (the read-out's "took 5 hours before and 6 minutes since").
 */
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

  /** A typical delay: "under a minute", "about 5 minutes", "about 2 hours", "about 3 days". */
  public static String about(double minutes) {
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 55) {
      long rounded = minutes < 10 ? Math.round(minutes) : Math.round(minutes / 5) * 5;
      return rounded == 1 ? "about a minute" : "about " + rounded + " minutes";
    }
    double hours = minutes / 60;
    if (hours < 36) {
      long rounded = Math.max(1, Math.round(hours));
      return rounded == 1 ? "about an hour" : "about " + rounded + " hours";
    }
    return "about " + Math.round(hours / 24) + " days";
  }

  /** Whole days: "1 day", "9 days". */
  public static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
