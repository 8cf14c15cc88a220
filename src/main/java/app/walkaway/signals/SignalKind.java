package app.walkaway.signals;

import java.util.Locale;

/** What one of his messages says about his response. Stored and printed by name. */
public enum SignalKind {
  MISSES_YOU(Group.WARM),
  WANTS_BACK(Group.WARM),
  APOLOGY(Group.WARM),
  INVITATION(Group.WARM),
  CHECK_IN(Group.WARM),
  JEALOUSY_PROBE(Group.PROBING),
  GOODBYE(Group.LEAVING),
  THREAT(Group.RED_FLAG),
  INSULT(Group.RED_FLAG),
  PRESSURE(Group.RED_FLAG),
  STALKING(Group.RED_FLAG),
  /** He threatens to harm himself to hold her. */
  SELF_HARM(Group.RED_FLAG);

  /** The four families the read-out reasons about. */
  public enum Group {
    WARM,
    PROBING,
    LEAVING,
    RED_FLAG
  }

  private final Group group;

  SignalKind(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }

  public boolean isWarm() {
    return group == Group.WARM;
  }

  public boolean isRedFlag() {
    return group == Group.RED_FLAG;
  }

  /** Lower case with dashes, for human output: misses-you. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
