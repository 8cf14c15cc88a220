package app.walkaway.safety;

import java.util.List;

/**
 * Every red flag found over a timeline, in time order, and what they decide.
 *
 * @param all every red flag, the ones that decide nothing alone included (one insult)
 * @param danger whether safety comes first, and on which red flags
 */
public record RedFlags(List<RedFlag> all, Danger danger) {
  public RedFlags {
    all = List.copyOf(all);
  }

  public boolean safetyFirst() {
    return danger.safetyFirst();
  }

  /**
   * Threats, stalking or self-harm threats that a negation touched ("I would never hurt you"), not
   * counted as danger because nothing he did backs them: shown first, for her to read and judge.
   */
  public List<RedFlag> possibleOnly() {
    return all.stream()
        .filter(f -> RedFlagDetector.severe(f.kind()) && RedFlagDetector.possible(f))
        .filter(f -> !danger.severeWords().contains(f))
        .toList();
  }
}
