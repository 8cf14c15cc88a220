package app.walkaway.safety.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of incident she can record; stored by {@link #label()}. */
public enum IncidentKind {
  THREAT,
  VIOLENCE,
  SEXUAL_VIOLENCE,
  STALKING,
  HARASSMENT,
  UNWANTED_CONTACT,
  UNWANTED_VISIT,
  DAMAGE,
  BREACH_OF_ORDER,
  OTHER;

  /** Lower case with dashes: unwanted-visit. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<IncidentKind> fromLabel(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(k -> k.label().equals(wanted)).findFirst();
  }
}
