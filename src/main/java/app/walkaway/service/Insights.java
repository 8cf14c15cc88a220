package app.walkaway.service;

import app.walkaway.analysis.Analyzer;
import app.walkaway.analysis.ConversationStarts;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.Person;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The insight series over her vault, from the session's in-memory columns alone: one pass for the
 * figures and the conversation starts, one for the calendar and the hour grid. No text is read.
 */
public final class Insights {
  private static final long DAY = 86_400;

  private Insights() {}

  public static InsightSeries of(VaultSession session, InsightsQuery query) {
    EventColumns columns = session.columns();
    int first = query.from().map(d -> columns.firstAtOrAfter(seconds(d))).orElse(0);
    int end = columns.firstAtOrAfter(EventColumns.seconds(query.now()) + 1);
    LocalDate lastDay = query.now().toLocalDate();
    LocalDate firstDay =
        query.from().orElseGet(() -> first < end ? columns.at(first).toLocalDate() : lastDay);
    Weeks weeks = new Weeks(firstDay, lastDay);
    Figures figures = walk(columns, first, end, settings(query), weeks);
    return new InsightSeries(
        query.start(),
        weeks.list(),
        replies(figures),
        days(columns, first, end, firstDay, lastDay),
        hours(columns, first, end, Actor.THEM),
        hours(columns, first, end, Actor.ME));
  }

  private static Settings settings(InsightsQuery query) {
    Settings settings = Settings.of(query.now()).withGap(query.gap());
    return query
        .start()
        .filter(day -> !day.atStartOfDay().isAfter(query.now()))
        .map(settings::withStart)
        .orElse(settings);
  }

  private static Figures walk(
      EventColumns c, int first, int end, Settings settings, ConversationStarts starts) {
    Analyzer analyzer = new Analyzer(settings, starts);
    for (int row = first; row < end; row++) {
      analyzer.accept(c.at[row], c.who(row), c.kind(row), c.asks(row));
    }
    return analyzer.finish();
  }

  private static InsightSeries.Replies replies(Figures figures) {
    Period before = figures.before().orElse(figures.all());
    return new InsightSeries.Replies(
        before.me().replyDelays(),
        before.them().replyDelays(),
        figures.after().map(p -> p.me().replyDelays()),
        figures.after().map(p -> p.them().replyDelays()));
  }

  /** What counts as contact in the calendar: his visits and gifts too, not only messages. */
  static boolean isContact(Kind kind) {
    return kind.isContact()
        || kind == Kind.REACTION
        || kind == Kind.STORY_VIEW
        || kind == Kind.VISIT
        || kind == Kind.VIA_FRIENDS
        || kind == Kind.GIFT;
  }

  private static List<InsightSeries.Day> days(
      EventColumns c, int first, int end, LocalDate firstDay, LocalDate lastDay) {
    long firstEpoch = firstDay.toEpochDay();
    int span = (int) Math.max(0, lastDay.toEpochDay() - firstEpoch + 1);
    int[] her = new int[span];
    int[] him = new int[span];
    for (int row = first; row < end; row++) {
      long index = Math.floorDiv(c.at[row], DAY) - firstEpoch;
      if (index >= 0 && index < span && isContact(c.kind(row))) {
        if (c.who(row) == Actor.ME) {
          her[(int) index]++;
        } else if (c.who(row) == Actor.THEM) {
          him[(int) index]++;
        }
      }
    }
    List<InsightSeries.Day> days = new ArrayList<>(span);
    for (int i = 0; i < span; i++) {
      days.add(new InsightSeries.Day(firstDay.plusDays(i), her[i], him[i]));
    }
    return days;
  }

  private static InsightSeries.HourGrid hours(EventColumns c, int first, int end, Actor who) {
    int[][] counts = new int[7][24];
    for (int row = first; row < end; row++) {
      if (c.who(row) == who && isContact(c.kind(row))) {
        long epochDay = Math.floorDiv(c.at[row], DAY);
        // 1970-01-01 was a Thursday: day 0 is weekday index 3 (Monday = 0).
        int weekday = (int) Math.floorMod(epochDay + 3, 7);
        int hour = (int) (Math.floorMod(c.at[row], DAY) / 3600);
        counts[weekday][hour]++;
      }
    }
    return new InsightSeries.HourGrid(counts);
  }

  private static long seconds(LocalDate day) {
    return EventColumns.seconds(day.atStartOfDay());
  }

  /** Conversation starts counted into weeks, Monday to Sunday. */
  private static final class Weeks implements ConversationStarts {
    private final LocalDate firstMonday;
    private final int[] her;
    private final int[] him;

    Weeks(LocalDate firstDay, LocalDate lastDay) {
      firstMonday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      int span = (int) Math.max(1, (lastDay.toEpochDay() - firstMonday.toEpochDay()) / 7 + 1);
      her = new int[span];
      him = new int[span];
    }

    @Override
    public void started(long seconds, Person who) {
      long week = Math.floorDiv(Math.floorDiv(seconds, DAY) - firstMonday.toEpochDay(), 7);
      if (week >= 0 && week < her.length) {
        (who == Person.ME ? her : him)[(int) week]++;
      }
    }

    List<InsightSeries.Week> list() {
      List<InsightSeries.Week> weeks = new ArrayList<>(her.length);
      for (int i = 0; i < her.length; i++) {
        weeks.add(new InsightSeries.Week(firstMonday.plusWeeks(i), her[i], him[i]));
      }
      return weeks;
    }
  }
}
