package app.walkaway.readout;

import app.walkaway.signals.Behaviour;
import app.walkaway.signals.SignalKind;
import java.time.LocalDate;

/** One reason a read-out gives for its outcome, as data; {@code app.walkaway.text} words it. */
public sealed interface Reason {

  /**
   * He wrote words read as a threat, stalking or a threat to harm himself.
   *
   * @param day when
   * @param kind what they were read as
   * @param match the words themselves
   */
  record SevereWords(LocalDate day, SignalKind kind, String match) implements Reason {}

  /** A pattern in what he does: contact after her "stop", a visit, a burst of calls... */
  record Pattern(Behaviour behaviour) implements Reason {}

  /** Insulting or pressuring messages from him, several of them, recently. */
  record RepeatedAbuse(int messages) implements Reason {}

  /**
   * He said goodbye, or that there is someone new.
   *
   * @param day when he last said it
   * @param match his words
   */
  record SaidGoodbye(LocalDate day, String match) implements Reason {}

  /**
   * She reached out first on most days since her start, so his answers are replies to her.
   *
   * @param slipDays days with a slip she logged
   * @param starts conversations she started since her start
   * @param days days since her start, rounded up
   */
  record ReachedOutFirst(int slipDays, long starts, int days) implements Reason {
    /** Whether the slips she logged are what shows it (else the conversations she started). */
    public boolean bySlipDays() {
      return slipDays * 2 > days;
    }
  }

  /**
   * Warm messages from him since her start, where there were none just before.
   *
   * @param since how many since her start
   * @param weeksBefore how many weeks before her start had none
   */
  record WarmRose(int since, long weeksBefore) implements Reason {}

  /** The conversations he started, before and since, compared. */
  record StartsCompared(RateRatio conversations) implements Reason {}

  /** No warm message from him in this many days since her start. */
  record NoWarmSince(long days) implements Reason {}

  /**
   * A burst of warm messages, then silence.
   *
   * @param warm the warm messages
   * @param spanDays the days they came over
   * @param quietDays the days of silence since his last contact
   */
  record BurstThenSilence(int warm, long spanDays, long quietDays) implements Reason {}

  /** It has been this many whole days since her start. */
  record Elapsed(long days) implements Reason {}

  /** This many warm messages from him since her start (too few, or too soon, to read). */
  record WarmSince(int warm) implements Reason {}
}
