package app.walkaway.cli;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Names;
import app.walkaway.vault.VaultException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns entries into events once she has said who she is: her, him, or someone else. A stopgap
 * until the shared participants resolver (app.walkaway.importer.Participants) is on main.
 */
final class ImportCast {
  private ImportCast() {}

  static List<Event> toEvents(List<Entry> entries, String me, Optional<String> them, Path file) {
    String her = Names.key(me);
    Set<String> authors = new LinkedHashSet<>();
    entries.stream().filter(e -> !e.author().owner()).forEach(e -> authors.add(e.author().key()));
    boolean owned = entries.stream().anyMatch(e -> e.author().owner());
    if (!owned && !authors.contains(her)) {
      throw new VaultException(
          file
              + ": nobody called '"
              + me
              + "' wrote in this chat. Names in it: "
              + String.join(", ", authors));
    }
    Optional<String> him = them.map(Names::key);
    authors.removeIf(a -> a.equals(her));
    if (him.isEmpty() && authors.size() > 1) {
      throw new VaultException(
          file
              + ": more than one other person wrote here; say which is him with --them NAME (one of: "
              + String.join(", ", authors)
              + ")");
    }
    String his = him.orElse(authors.stream().findFirst().orElse(""));
    return entries.stream().map(e -> toEvent(e, her, his)).toList();
  }

  private static Event toEvent(Entry entry, String her, String his) {
    Actor who =
        entry.author().owner() || entry.author().key().equals(her)
            ? Actor.ME
            : entry.author().key().equals(his) ? Actor.THEM : Actor.OTHER;
    return new Event(
        entry.at(),
        who,
        entry.kind(),
        entry.channel(),
        entry.text(),
        entry.source(),
        entry.seconds());
  }
}
