package app.walkaway.safety.screen;

/**
 * The screen's questions, one per risk domain that published instruments share (see {@link
 * InformedBy}); the wording is Walkaway's own and lives in the text package. A "yes" to a critical
 * question alone means: talk to a specialist now.
 */
public enum Question {
  VIOLENCE_WORSE(false),
  THREAT_TO_KILL(true),
  WEAPON(true),
  STRANGLING(true),
  FORCED_SEX(false),
  CONTROLLING_JEALOUSY(false),
  STALKING(false),
  SUICIDE_THREATS(false),
  THREATS_TO_CHILDREN_OR_PETS(false),
  PREGNANCY(false),
  RECENT_SEPARATION(false),
  BROKEN_COURT_ORDER(false),
  SUBSTANCE_ABUSE(false),
  AFRAID(false),
  COULD_KILL_ME(true);

  private final boolean critical;

  Question(boolean critical) {
    this.critical = critical;
  }

  /** A "yes" here alone is enough to say: talk to a specialist now. */
  public boolean isCritical() {
    return critical;
  }
}
