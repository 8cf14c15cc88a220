package app.walkaway.safety;

import java.util.List;

/**
 * The one rule that decides when her safety comes before any reading of his feelings: the read-out
 * then says UNSAFE, and today's guidance speaks only of safety. Both read this value, so they can
 * never disagree about a threat.
 *
 * <p>Safety comes first on: words read as a threat, stalking or a threat to harm himself (from any
 * time: a threat does not expire); contact after she asked him to stop; his turning up since she
 * stepped back; or, recently, two or more of insults, pressure, bursts of calls and floods of
 * messages together (one harsh message alone is shown, but is not yet a pattern).
 *
 * @param severeWords threats, stalking and self-harm threats in his words
 * @param boundaryIgnored contact after her "please stop"
 * @param showedUp his visits since she stepped back
 * @param abuse insults and pressure in his words, recently
 * @param pushing bursts of calls and floods of messages, recently
 */
public record Danger(
    List<RedFlag> severeWords,
    List<RedFlag> boundaryIgnored,
    List<RedFlag> showedUp,
    List<RedFlag> abuse,
    List<RedFlag> pushing) {
  /** Insults, pressure, bursts and floods together: from this many on, a pattern. */
  public static final int REPEATED = 2;

  public Danger {
    severeWords = List.copyOf(severeWords);
    boundaryIgnored = List.copyOf(boundaryIgnored);
    showedUp = List.copyOf(showedUp);
    abuse = List.copyOf(abuse);
    pushing = List.copyOf(pushing);
  }

  public boolean safetyFirst() {
    return !severeWords.isEmpty()
        || !boundaryIgnored.isEmpty()
        || !showedUp.isEmpty()
        || repeated();
  }

  /** Insults, pressure and bursts of contact recently, enough of them to be a pattern. */
  public boolean repeated() {
    return abuse.size() + pushing.size() >= REPEATED;
  }

  /** Whether it rests on his own words or on contact after her "stop" (not only a pattern). */
  public boolean restsOnHisWordsOrHerStop() {
    return !severeWords.isEmpty() || !boundaryIgnored.isEmpty();
  }
}
