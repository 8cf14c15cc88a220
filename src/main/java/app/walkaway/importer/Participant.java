package app.walkaway.importer;

import java.util.Objects;

/**
 * Someone who wrote in a chat.
 *
 * @param name the display form, as the export first writes it
 * @param key the comparable form ({@link Names#key(String)})
 * @param messages how many authored entries they have
 * @param owner whether the export says they made it (always "me")
 */
public record Participant(String name, String key, long messages, boolean owner) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  /** "Maya Lund (812 messages)". */
  public String withCount() {
    return name + " (" + messages + (messages == 1 ? " message)" : " messages)");
  }
}
