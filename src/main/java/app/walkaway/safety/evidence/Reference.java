package app.walkaway.safety.evidence;

/**
 * An earlier entry this one is about. Entries are never changed: a correction or an added
 * attachment is a new entry that points to the old one, which stays as it was.
 *
 * @param seq the earlier entry's number
 * @param relation how this entry relates to it
 */
public record Reference(long seq, Relation relation) {
  public Reference {
    if (seq < 1) {
      throw new IllegalArgumentException("entries are numbered from 1: " + seq);
    }
    java.util.Objects.requireNonNull(relation, "relation");
  }

  /** How an entry relates to an earlier one. */
  public enum Relation {
    /** It corrects the earlier entry; the earlier one is kept as it was. */
    CORRECTS,
    /** It adds to the earlier entry, e.g. a photo taken later. */
    ADDS_TO,
    /**
     * A stored relation Walkaway does not recognise: the stored data was changed. Never sealed, so
     * an entry read with it never matches its seal.
     */
    UNRECOGNISED
  }
}
