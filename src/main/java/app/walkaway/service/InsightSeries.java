package app.walkaway.service;

import app.walkaway.analysis.Delays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The series the insight charts draw, as numbers: who started conversations week by week, how fast
 * each of them answered before and since the day she stepped back, his contact day by day (a
 * calendar), and when in the week his contact comes (hour by weekday).
 *
 * @param start the day she stepped back, if known (charts mark it)
 * @param weeks conversations each of them started, per week (Monday to Sunday), oldest first; every
 *     week from the first counted to the one holding {@code now}, empty ones included
 * @param replies reply delays before and since the start day (only the whole history without one)
 * @param days contact from each of them per day, oldest first, every day in the range
 * @param hisHours his contact by weekday and hour
 * @param herHours her contact by weekday and hour
 */
public record InsightSeries(
    Optional<LocalDate> start,
    List<Week> weeks,
    Replies replies,
    List<Day> days,
    HourGrid hisHours,
    HourGrid herHours) {

  public InsightSeries {
    weeks = List.copyOf(weeks);
    days = List.copyOf(days);
  }

  /**
   * @param monday the week's first day
   * @param her conversations she started that week
   * @param him conversations he started that week
   */
  public record Week(LocalDate monday, int her, int him) {}

  /**
   * @param day the day
   * @param her her contact that day (messages, calls, media...)
   * @param him his contact that day, including visits, gifts, story views and word through friends
   */
  public record Day(LocalDate day, int her, int him) {}

  /**
   * Reply delays in minutes (median, nine in ten, how many): before the start day and since.
   *
   * @param herBefore how fast she answered him before (or over everything without a start day)
   * @param hisBefore how fast he answered her before (or over everything)
   * @param herSince how fast she answered since the start day; empty without one
   * @param hisSince how fast he answered since the start day; empty without one
   */
  public record Replies(
      Delays herBefore, Delays hisBefore, Optional<Delays> herSince, Optional<Delays> hisSince) {}

  /** Counts by weekday (Monday first) and hour of the day (0 to 23). */
  public record HourGrid(int[][] counts) {
    public HourGrid {
      int[][] copy = new int[7][];
      for (int d = 0; d < 7; d++) {
        copy[d] = counts[d].clone();
      }
      counts = copy;
    }

    public int at(DayOfWeek day, int hour) {
      return counts[day.getValue() - 1][hour];
    }

    public int total() {
      int sum = 0;
      for (int[] day : counts) {
        for (int n : day) {
          sum += n;
        }
      }
      return sum;
    }
  }
}
