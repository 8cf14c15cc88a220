package app.walkaway.readout;

import java.util.Locale;
import java.util.Objects;

/**
 * How sure a read-out is, and why, as data.
 *
 * @param level low, medium or high
 * @param basis what kind of evidence it rests on
 * @param restsOn how much evidence that is, counted from the citations
 */
public record Confidence(Level level, Basis basis, RestsOn restsOn) {
  public enum Level {
    LOW,
    MEDIUM,
    HIGH;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What kind of evidence an outcome rests on: the reason for its level. */
  public enum Basis {
    /** His own words (a threat, stalking, self-harm) or contact after she asked him to stop. */
    HIS_WORDS_OR_HER_STOP,
    /** A pattern of insults, pressure, visits or bursts of contact. */
    PATTERN_OF_HARM,
    /** He said goodbye and has not written since. */
    GOODBYE_THEN_QUIET,
    /** He said goodbye; people sometimes take it back. */
    GOODBYE,
    /** What he does now is mostly a response to her reaching out. */
    RESPONDING_TO_HER,
    /** A clear rise in his words and in the conversations he starts, over two weeks or more. */
    RISE_IN_WORDS_AND_STARTS,
    /** A clear rise, not yet shown to last. */
    RISE_NOT_YET_LASTING,
    /** Only a few days of attention so far. */
    FEW_DAYS,
    /** A burst of attention that stopped. */
    BURST_STOPPED,
    /** He rarely started conversations before either. */
    LITTLE_TO_COMPARE,
    /** Four weeks or more, and the conversations he starts clearly fell. */
    STARTS_FELL_FOR_WEEKS,
    /** Two weeks: a pattern, not always a certainty. */
    TWO_WEEKS,
    /** Too little time or too few conversations to tell a change from chance. */
    TOO_LITTLE
  }

  /**
   * How much a read-out rests on.
   *
   * @param messages messages (and other written contact) cited
   * @param calls calls and missed calls cited
   * @param visits visits cited
   * @param other other events cited (a slip, a story view...)
   * @param days whole days since her start
   */
  public record RestsOn(int messages, int calls, int visits, int other, long days) {}

  public Confidence {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(restsOn, "restsOn");
  }
}
