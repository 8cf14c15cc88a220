package app.walkaway.safety.screen;

/**
 * The safety-plan checklist shown when the risk is raised, in the order to think about it; wording
 * lives in the text package.
 */
public enum SafetyPlanStep {
  DO_NOT_ANNOUNCE,
  TALK_TO_AN_ADVOCATE,
  TRUSTED_PERSON,
  CODE_WORD,
  DOCUMENTS_AND_MONEY,
  SAFE_PLACE,
  PHONE_AND_ACCOUNTS,
  CHILDREN
}
