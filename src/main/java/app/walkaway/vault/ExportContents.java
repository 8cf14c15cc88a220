package app.walkaway.vault;

import app.walkaway.event.Event;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What a {@code walkaway-export} file holds, read back by {@link ExportReader}. */
public record ExportContents(
    List<Event> events,
    Map<String, String> plan,
    List<JournalEntry> journal,
    List<ExportEvidence.Item> evidence,
    Map<String, String> sourceDigests,
    List<ScreenRecord> screens) {
  public ExportContents {
    events = List.copyOf(events);
    plan = Map.copyOf(plan);
    journal = List.copyOf(journal);
    evidence = List.copyOf(evidence);
    sourceDigests = Map.copyOf(sourceDigests);
    screens = List.copyOf(screens);
    Objects.requireNonNull(events, "events");
  }

  /**
   * What restoring it into a vault did.
   *
   * @param events events added and already present
   * @param plan plan keys added (keys she already has keep her current value)
   * @param journal journal entries added
   * @param evidence evidence entries added (each awaits its seal in this vault)
   */
  public record Restored(AddResult events, long plan, long journal, long evidence) {}

  /**
   * Adds it all to the vault in one transaction; what is already there is not added again. An
   * evidence entry counts as already there when one with the same time, kind and words is; the
   * others are added after the vault's own entries, renumbered, and await their seal.
   */
  public Restored restoreInto(Vault vault) {
    return vault.inTransaction(
        () -> {
          AddResult added = vault.events().add(events);
          long keys =
              plan.entrySet().stream()
                  .filter(e -> vault.plan().putIfAbsent(e.getKey(), e.getValue()))
                  .count();
          long journalAdded = vault.journal().add(journal);
          long evidenceAdded = restoreEvidence(vault);
          sourceDigests.forEach(
              (name, digest) -> {
                if (vault.sources().findDigest(name).isEmpty()) {
                  vault.sources().recordDigest(name, digest);
                }
              });
          Set<ScreenRecord> known = new HashSet<>(vault.screens().all());
          screens.stream().filter(s -> !known.contains(s)).forEach(vault.screens()::add);
          return new Restored(added, keys, journalAdded, evidenceAdded);
        });
  }

  private record Same(LocalDateTime occurredAt, String kind, String what) {
    static Same of(EvidenceRow row) {
      return new Same(row.facts().occurredAt(), row.facts().kind(), row.facts().what());
    }
  }

  private long restoreEvidence(Vault vault) {
    Map<Same, Long> present = new HashMap<>();
    vault.evidence().all().forEach(row -> present.putIfAbsent(Same.of(row), row.seq()));
    Map<Long, Long> renumbered = new HashMap<>();
    long added = 0;
    for (ExportEvidence.Item item : evidence) {
      Long existing = present.get(Same.of(item.row()));
      if (existing != null) {
        renumbered.put(item.row().seq(), existing);
        continue;
      }
      long seq = vault.evidence().nextSeq();
      Optional<EvidenceRow.Link> link =
          item.row()
              .refersTo()
              .flatMap(
                  l ->
                      Optional.ofNullable(renumbered.get(l.seq()))
                          .map(s -> new EvidenceRow.Link(s, l.relation())));
      EvidenceRow row = item.row().pendingAt(seq, link);
      vault.jdbc(
          c -> {
            insert(c, row, item);
            return null;
          });
      renumbered.put(item.row().seq(), seq);
      present.putIfAbsent(Same.of(row), seq);
      added++;
    }
    return added;
  }

  private static void insert(java.sql.Connection c, EvidenceRow row, ExportEvidence.Item item)
      throws SQLException {
    EvidenceStore.insert(c, row, item.contents());
  }
}
