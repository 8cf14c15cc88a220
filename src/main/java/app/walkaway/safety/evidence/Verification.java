package app.walkaway.safety.evidence;

/** What walking the chain found. */
public sealed interface Verification permits Verification.Intact, Verification.Broken {
  /** Every entry's seal matches its content and links to the one before. */
  record Intact(long entries, String head) implements Verification {}

  /**
   * The first entry that does not check out.
   *
   * @param seq its number
   * @param problem what is wrong with it
   * @param intactBefore how many entries before it checked out
   */
  record Broken(long seq, Problem problem, long intactBefore) implements Verification {}

  /** What can be wrong with an entry. */
  enum Problem {
    /** The entry with this number is not there (removed, or the numbers were changed). */
    MISSING,
    /** It has no seal, and it is not among the last entries awaiting theirs. */
    NOT_SEALED,
    /** Its link to the entry before does not match that entry's seal. */
    LINK_BROKEN,
    /** Its content no longer matches its seal: it was changed after it was recorded. */
    CHANGED,
    /** A file kept with it is missing or its bytes no longer match their SHA-256. */
    ATTACHMENT_CHANGED
  }
}
