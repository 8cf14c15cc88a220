package app.walkaway.safety.evidence;

import java.util.Objects;

/**
 * The facts around an incident, each "" when she did not say.
 *
 * @param hisIdentifier his number or handle as it appeared
 * @param place where it happened
 * @param witnesses who saw or heard it
 * @param injuries injuries, if any
 * @param medical a visit to a doctor or hospital, if any
 * @param policeReference a police report or crime reference number, if any
 */
public record Details(
    String hisIdentifier,
    String place,
    String witnesses,
    String injuries,
    String medical,
    String policeReference) {
  public static final Details NONE = new Details("", "", "", "", "", "");

  public Details {
    Objects.requireNonNull(hisIdentifier, "hisIdentifier");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(witnesses, "witnesses");
    Objects.requireNonNull(injuries, "injuries");
    Objects.requireNonNull(medical, "medical");
    Objects.requireNonNull(policeReference, "policeReference");
  }
}
