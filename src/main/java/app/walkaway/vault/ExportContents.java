package app.walkaway.vault;

import app.walkaway.event.Event;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a {@code walkaway-export} file holds, read back by {@link ExportReader}. */
public record ExportContents(
    List<Event> events,
    Map<String, String> plan,
    List<JournalEntry> journal,
    List<EvidenceItem> evidence) {
  public ExportContents {
    events = List.copyOf(events);
    plan = Map.copyOf(plan);
    journal = List.copyOf(journal);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(events, "events");
  }

  /**
   * What restoring it into a vault did.
   *
   * @param events events added and already present
   * @param plan plan keys added (keys she already has keep her current value)
   * @param journal journal entries added
   * @param evidence evidence items added
   */
  public record Restored(AddResult events, long plan, long journal, long evidence) {}

  /** Adds it all to the vault in one transaction; what is already there is not added again. */
  public Restored restoreInto(Vault vault) {
    return vault.inTransaction(
        () -> {
          AddResult added = vault.events().add(events);
          long keys =
              plan.entrySet().stream()
                  .filter(e -> vault.plan().putIfAbsent(e.getKey(), e.getValue()))
                  .count();
          return new Restored(
              added, keys, vault.journal().add(journal), vault.evidence().add(evidence));
        });
  }
}
