package app.walkaway.web;

/** A reply delay in plain words: "about 3 hours", never "183.5 min". */
final class Durations {
  private Durations() {}

  static String words(double minutes) {
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 59.5) {
      long n = Math.round(minutes);
      return n == 1 ? "about a minute" : "about " + n + " minutes";
    }
    double hours = minutes / 60;
    if (hours < 47.5) {
      long n = Math.round(hours);
      return n == 1 ? "about an hour" : "about " + n + " hours";
    }
    long days = Math.round(hours / 24);
    return "about " + days + " days";
  }
}
