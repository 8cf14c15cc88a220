package app.walkaway.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The one-line readings of the insight pictures, from their numbers: who starts the conversations,
 * how fast each answers, the calendar of his contact and when in the week it comes. Each says what
 * the picture shows in plain words (VOICE.md), never a figure she has to interpret.
 */
public final class InsightWords {
  private static final Locale WORDS = Locale.UK;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", WORDS);

  /** The parts of a day the week grid sums its hours into, six hours each from midnight. */
  private static final String[] PARTS = {"night", "morning", "afternoon", "evening"};

  private static final String[] PART_HOURS = {
    "0:00–6:00", "6:00–12:00", "12:00–18:00", "18:00–24:00"
  };

  private InsightWords() {}

  /**
   * What the pictures cover: "From 3 March 2025 to 15 April 2026, Sam was in touch 212 times..."
   */
  public static String lead(LocalDate first, LocalDate last, long his, long hers, Him him) {
    String span = "From " + DAY.format(first) + " to " + DAY.format(last) + ", ";
    if (his == 0) {
      return span + him.inSentence() + " was not in touch; you were, " + times(hers) + ".";
    }
    return span
        + him.inSentence()
        + " was in touch "
        + times(his)
        + " and you "
        + (hers == 0 ? "not at all" : times(hers))
        + ".";
  }

  /** Conversations started, when nothing was counted. */
  public static String noStarts() {
    return "There are no conversations to count yet.";
  }

  /** Conversations started, without a day she stepped back. */
  public static String startsAll(long hers, long his, Him him) {
    return "Over these weeks you started "
        + hers
        + " conversations and "
        + him.inSentence()
        + " started "
        + his
        + ".";
  }

  /** Conversations started, before a start day that has not come yet or has no weeks since. */
  public static String startsBefore(long hers, long his, int weeks, Him him) {
    return "Before you stepped back, "
        + him.inSentence()
        + " started about "
        + perWeek(his, weeks)
        + " a week, and you about "
        + perWeek(hers, weeks)
        + ".";
  }

  /** His conversations started since her start day and before it. */
  public static String startsSince(
      long since, int weeksSince, long before, int weeksBefore, Him him) {
    return "Since you stepped back, "
        + him.inSentence()
        + " has started about "
        + perWeek(since, weeksSince)
        + " a week; before, about "
        + perWeek(before, weeksBefore)
        + ".";
  }

  /** "1.5 conversations", "none", "1 conversation". */
  public static String perWeek(long count, int weeks) {
    if (weeks == 0 || count == 0) {
      return "none";
    }
    double rate = (double) count / weeks;
    String number =
        rate >= 10 || rate == Math.rint(rate)
            ? Long.toString(Math.round(rate))
            : String.format(WORDS, "%.1f", rate);
    return number + (number.equals("1") ? " conversation" : " conversations");
  }

  /**
   * How fast he answers: before and since her start day (either may have nothing to time), or over
   * everything when there is no start day ({@code since} is then null).
   */
  public static String replies(
      OptionalDouble before, OptionalDouble since, boolean split, Him him) {
    if (split && since.isPresent() && before.isPresent()) {
      return "Since you stepped back, "
          + him.inSentence()
          + " typically answers in "
          + about(since.getAsDouble())
          + "; before, in "
          + about(before.getAsDouble())
          + ".";
    }
    if (split && before.isPresent()) {
      return "Before you stepped back, "
          + him.inSentence()
          + " typically answered in "
          + about(before.getAsDouble())
          + "; since, there has been nothing to time.";
    }
    if (!split && before.isPresent()) {
      return him.subject() + " typically answers in " + about(before.getAsDouble()) + ".";
    }
    return "There are no replies of " + him.possessive() + " to time yet.";
  }

  /** A reply delay in plain words: "about 3 hours", never "183.5 min". */
  public static String about(double minutes) {
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
    return "about " + Math.round(hours / 24) + " days";
  }

  /** The calendar's reading: days with contact since her start day against as many days before. */
  public static String calendarSince(
      int withSince, int since, int withBefore, int before, Him him) {
    return "Since you stepped back, "
        + him.inSentence()
        + " was in touch on "
        + withSince
        + " of "
        + Durations.days(since)
        + "; in the "
        + Durations.days(before)
        + " before, on "
        + withBefore
        + ".";
  }

  /** The calendar's reading without a start day inside it. */
  public static String calendarAll(int daysWith, Him him) {
    return daysWith == 0
        ? him.subject() + " has not been in touch in the last six months."
        : "In the last six months "
            + him.inSentence()
            + " was in touch on "
            + Durations.days(daysWith)
            + ".";
  }

  /** One day of the calendar, for its tooltip: "Sunday 1 March 2026: Sam was in touch once". */
  public static String calendarDay(LocalDate day, int count, Him him) {
    String when = day.getDayOfWeek().getDisplayName(TextStyle.FULL, WORDS) + " " + DAY.format(day);
    if (count == 0) {
      return when + ": no contact from " + him.object();
    }
    return when + ": " + him.subject() + " was in touch " + times(count);
  }

  /** "once", "twice", "5 times". */
  public static String times(long n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  /** One hour of the week grid, for its tooltip: "Sundays, 19:00–20:00: 3 times". */
  public static String hourCell(DayOfWeek day, int hour, int count) {
    return day.getDisplayName(TextStyle.FULL, WORDS)
        + "s, "
        + hour
        + ":00–"
        + (hour + 1)
        + ":00: "
        + times(count);
  }

  /** The week grid's reading, from the busiest part of the busiest day (part 0 is the night). */
  public static String busiest(DayOfWeek day, int part, Him him) {
    return him.subject()
        + " is most often in touch on "
        + day.getDisplayName(TextStyle.FULL, WORDS)
        + " "
        + (part == 0 ? "nights" : PARTS[part] + "s")
        + " ("
        + PART_HOURS[part]
        + ").";
  }

  public static String noWeekContact(Him him) {
    return "There is no contact from " + him.object() + " to place in the week yet.";
  }

  /** A part of the day with its hours, for a column heading: "Evening (18:00–24:00)". */
  public static String partOfDay(int part) {
    return Character.toUpperCase(PARTS[part].charAt(0))
        + PARTS[part].substring(1)
        + " ("
        + PART_HOURS[part]
        + ")";
  }
}
