package app.walkaway.safety.screen;

/**
 * The published instruments whose shared risk domains the screen covers. None of their items is
 * reproduced: they are licensed, and meant to be used by trained people. The screen is informed by
 * them; it is not one of them and it is not validated.
 */
public enum InformedBy {
  DANGER_ASSESSMENT("Danger Assessment", "Jacquelyn C. Campbell, Johns Hopkins University"),
  LETHALITY_SCREEN(
      "Lethality Screen",
      "Maryland Network Against Domestic Violence, Lethality Assessment Program"),
  DASH("DASH Risk Identification Checklist", "SafeLives"),
  SHARP("Stalking and Harassment Assessment and Risk Profile (SHARP)", "TK Logan");

  private final String title;
  private final String by;

  InformedBy(String title, String by) {
    this.title = title;
    this.by = by;
  }

  public String title() {
    return title;
  }

  public String by() {
    return by;
  }
}
