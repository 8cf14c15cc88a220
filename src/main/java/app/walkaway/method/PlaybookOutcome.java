package app.walkaway.method;

/** The five outcomes of METHOD.md §4, for the read-out to ask the playbook what comes next. */
public enum PlaybookOutcome {
  /** He comes after her. */
  CHASING("outcome.chasing"),
  /** He rises to her standards. */
  RESPECT_GROWS("outcome.respect-grows"),
  /** Fear of losing her, perhaps as possessiveness; threats route to safety. */
  FEAR_POSSESSIVE("outcome.fear-possessive"),
  /** No sign of caring over days or weeks. */
  INDIFFERENT("outcome.indifferent"),
  /** Not enough evidence yet. */
  TOO_EARLY("outcome.too-early");

  private final String itemId;

  PlaybookOutcome(String itemId) {
    this.itemId = itemId;
  }

  /** The playbook item id of this outcome. */
  public String itemId() {
    return itemId;
  }
}
