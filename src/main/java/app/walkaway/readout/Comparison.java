package app.walkaway.readout;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * His figures before and since her start, as numbers: the rates with their intervals, and his
 * typical reply delay. Empty rates until both sides hold a full day.
 *
 * @param rates the rates, once there is a full day on both sides of her start
 */
public record Comparison(Optional<Rates> rates) {

  /**
   * @param conversations conversations he started, per week, before and since
   * @param messages messages he sent, per week, before and since
   * @param replyBefore his median reply delay before, in minutes
   * @param replySince his median reply delay since, in minutes
   */
  public record Rates(
      RateRatio conversations,
      RateRatio messages,
      OptionalDouble replyBefore,
      OptionalDouble replySince) {}

  static Comparison of(ReadoutInput in) {
    HisFigures before = in.before();
    HisFigures after = in.after();
    if (before.days() < 1 || after.days() < 1) {
      return new Comparison(Optional.empty());
    }
    return new Comparison(
        Optional.of(
            new Rates(
                RateRatio.of(
                    before.initiations(), before.weeks(), after.initiations(), after.weeks()),
                RateRatio.of(before.messages(), before.weeks(), after.messages(), after.weeks()),
                before.medianReplyMinutes(),
                after.medianReplyMinutes())));
  }
}
