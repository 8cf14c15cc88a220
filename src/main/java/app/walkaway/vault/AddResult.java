package app.walkaway.vault;

/**
 * What adding events did.
 *
 * @param added events stored now
 * @param duplicates events the vault already held (same who, kind, minute, text and occurrence)
 */
public record AddResult(long added, long duplicates) {
  public static final AddResult NONE = new AddResult(0, 0);

  public AddResult plus(AddResult other) {
    return new AddResult(added + other.added, duplicates + other.duplicates);
  }
}
