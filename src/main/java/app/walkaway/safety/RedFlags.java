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
}
