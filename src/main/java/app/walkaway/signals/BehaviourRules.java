package app.walkaway.signals;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Thresholds for behaviour patterns. The defaults follow common sense, not a study: three calls in
 * half an hour is more than anyone needs to reach a person; six unanswered messages in an hour is a
 * flood; the small hours on three different nights is a pattern, not an accident.
 */
public record BehaviourRules(
    int burstCalls,
    Duration burstWindow,
    int floodMessages,
    Duration floodWindow,
    int lateNights,
    LocalTime nightStart,
    LocalTime nightEnd) {

  public static final BehaviourRules DEFAULT =
      new BehaviourRules(
          3,
          Duration.ofMinutes(30),
          6,
          Duration.ofHours(1),
          3,
          LocalTime.MIDNIGHT,
          LocalTime.of(5, 0));

  public BehaviourRules {
    if (burstCalls < 2 || floodMessages < 2 || lateNights < 1) {
      throw new IllegalArgumentException("thresholds must be at least 2 calls/messages, 1 night");
    }
  }

  boolean isNight(LocalTime time) {
    return !time.isBefore(nightStart) && time.isBefore(nightEnd);
  }
}
