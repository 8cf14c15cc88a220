package app.walkaway.method;

/** The parts of the playbook; every item belongs to exactly one. */
public enum Section {
  /** Reasons she may want to step back (METHOD.md §1). */
  SITUATION,
  /** The readiness questions (§1). */
  QUESTION,
  /** Preconditions and warnings before starting (§1). */
  CAUTION,
  /** What she can do during the plan, each with a soft and a strict variant (§2). */
  TACTIC,
  /** What she may observe in his response (§3). */
  SIGNAL,
  /** What the response may mean (§4). */
  OUTCOME,
  /** What to do after an outcome (§4). */
  NEXT_STEP,
  /** Getting safe when there is threat, control or violence (§1, §4, §5). */
  SAFETY,
  /** Daily guidance by stage and by what just happened. */
  GUIDANCE,
  /** Editable drafts of a calm exit message (§1). */
  DRAFT,
  /** Contacts that never count as a slip: children, bills, safety, work. */
  EXCEPTION,
  /** What Walkaway itself promises (§5). */
  PRINCIPLE
}
