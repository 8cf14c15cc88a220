package app.walkaway.method;

import java.util.Locale;

/** How strict the plan is. */
public enum Mode {
  /** She does not initiate; she may answer, slowly and briefly. */
  SOFT,
  /** No contact at all, apart from her exceptions; replies count as slips too. */
  STRICT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
