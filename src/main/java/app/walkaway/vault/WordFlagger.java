package app.walkaway.vault;

import app.walkaway.event.Actor;
import java.util.Set;

/**
 * Reads a message's words for red flags when the vault stores it, so the read-out can count an old
 * threat without reading every text again. Handed to the vault by the service: the vault keeps what
 * it is given and knows nothing of how words are read.
 */
public interface WordFlagger {
  /** Flags nothing and never re-reads stored flags: for tools and tests that only store. */
  WordFlagger NONE =
      new WordFlagger() {
        @Override
        public String version() {
          return "";
        }

        @Override
        public Set<String> flags(Actor who, String text) {
          return Set.of();
        }
      };

  /** Identifies the rules: stored flags read with another version are read again on open. */
  String version();

  /** The red-flag kinds in these words, by name (e.g. THREAT); empty for most messages. */
  Set<String> flags(Actor who, String text);
}
