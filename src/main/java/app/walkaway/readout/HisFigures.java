package app.walkaway.readout;

import java.util.OptionalDouble;

/**
 * His figures for one period, as the analysis computes them (conversations are its business, not
 * the read-out's).
 *
 * @param initiations conversations he started
 * @param messages contact items he sent
 * @param days length of the period in days
 * @param medianReplyMinutes his median reply delay, if he replied at all
 */
public record HisFigures(
    long initiations, long messages, double days, OptionalDouble medianReplyMinutes) {
  public HisFigures {
    if (initiations < 0 || messages < 0 || days < 0) {
      throw new IllegalArgumentException("figures must not be negative");
    }
  }

  public double weeks() {
    return days / 7.0;
  }
}
