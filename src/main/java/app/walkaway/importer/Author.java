package app.walkaway.importer;

import java.util.Objects;

/**
 * A sender as an export names them.
 *
 * @param name the display form exactly as written (kept for showing it back to her)
 * @param key the form used to compare names: see {@link Names#key(String)}
 * @param owner true when the export itself says this is the person who made the export (an SMS
 *     backup's sent messages, a Telegram account export's own user); such an author is always "me"
 */
public record Author(String name, String key, boolean owner) {
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  // equals and hashCode are written out: a record's own are made through method handles at their
  // first call, which cost about 10 ms on the reading threads at the start of every command that
  // reads a chat (measured on JDK 17 under the first JIT tier). Same meaning: all three parts.
  @Override
  public boolean equals(Object o) {
    return o instanceof Author a && owner == a.owner && name.equals(a.name) && key.equals(a.key);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + key.hashCode()) * 31 + Boolean.hashCode(owner);
  }

  /** Someone named in the export; the key is derived from the name. */
  public static Author named(String name) {
    return new Author(name, Names.key(name), false);
  }

  /** The exporting user, under whatever name the export gives them. */
  public static Author owner(String name) {
    return new Author(name, Names.key(name), true);
  }
}
