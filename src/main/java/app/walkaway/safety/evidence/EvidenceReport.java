package app.walkaway.safety.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an evidence report shows, as values: who and which period, counts by kind, the entries in
 * the order things happened (each with what corrects or adds to it), every source file's SHA-256,
 * whether the chain checks out and its head, and when and by which version it was made.
 *
 * @param keptBy her name as she wants it shown, or ""
 * @param concerning his name or alias, or ""
 * @param from the earliest incident, if any
 * @param to the latest incident, if any
 * @param counts entries by kind, most first
 * @param entries in the order things happened (then the order recorded)
 * @param sourceFiles every imported file, with its SHA-256 when it was recorded
 * @param verification what walking the chain found
 * @param chain every entry in the order recorded, for the appendix
 * @param generatedAt when the report was made
 * @param version the Walkaway version that made it
 */
public record EvidenceReport(
    String keptBy,
    String concerning,
    Optional<LocalDateTime> from,
    Optional<LocalDateTime> to,
    List<KindCount> counts,
    List<ReportEntry> entries,
    List<SourceFile> sourceFiles,
    Verification verification,
    List<Entry> chain,
    LocalDateTime generatedAt,
    String version) {
  public EvidenceReport {
    Objects.requireNonNull(keptBy, "keptBy");
    Objects.requireNonNull(concerning, "concerning");
    counts = List.copyOf(counts);
    entries = List.copyOf(entries);
    sourceFiles = List.copyOf(sourceFiles);
    Objects.requireNonNull(verification, "verification");
    chain = List.copyOf(chain);
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(version, "version");
  }

  /** How many entries of one kind. */
  public record KindCount(String kind, long count) {}

  /**
   * An entry as the report shows it.
   *
   * @param correctedBy the entries that correct it
   * @param addedToBy the entries that add to it
   */
  public record ReportEntry(Entry entry, List<Long> correctedBy, List<Long> addedToBy) {
    public ReportEntry {
      correctedBy = List.copyOf(correctedBy);
      addedToBy = List.copyOf(addedToBy);
    }
  }

  /**
   * A file events were imported from.
   *
   * @param sha256 its SHA-256 as recorded at import, or "" when it was imported before Walkaway
   *     recorded digests
   * @param quotedIn the entries that quote a message from it
   */
  public record SourceFile(String name, String sha256, List<Long> quotedIn) {
    public SourceFile {
      quotedIn = List.copyOf(quotedIn);
    }
  }

  /**
   * Builds the report.
   *
   * @param importedFiles every imported file's name with its recorded SHA-256 ("" when none)
   */
  public static EvidenceReport of(
      String keptBy,
      String concerning,
      List<Entry> chain,
      Verification verification,
      Map<String, String> importedFiles,
      LocalDateTime generatedAt,
      String version) {
    List<ReportEntry> entries = inTimeOrder(chain);
    Optional<LocalDateTime> from =
        chain.stream().map(e -> e.incident().occurredAt()).min(Comparator.naturalOrder());
    Optional<LocalDateTime> to =
        chain.stream().map(e -> e.incident().occurredAt()).max(Comparator.naturalOrder());
    return new EvidenceReport(
        keptBy,
        concerning,
        from,
        to,
        counts(chain),
        entries,
        sourceFiles(chain, importedFiles),
        verification,
        chain,
        generatedAt,
        version);
  }

  private static List<ReportEntry> inTimeOrder(List<Entry> chain) {
    Map<Long, List<Long>> corrected = new TreeMap<>();
    Map<Long, List<Long>> added = new TreeMap<>();
    for (Entry entry : chain) {
      entry
          .incident()
          .refersTo()
          .ifPresent(
              r ->
                  (r.relation() == Reference.Relation.CORRECTS ? corrected : added)
                      .computeIfAbsent(r.seq(), k -> new ArrayList<>())
                      .add(entry.seq()));
    }
    return chain.stream()
        .sorted(
            Comparator.comparing((Entry e) -> e.incident().occurredAt())
                .thenComparingLong(Entry::seq))
        .map(
            e ->
                new ReportEntry(
                    e,
                    corrected.getOrDefault(e.seq(), List.of()),
                    added.getOrDefault(e.seq(), List.of())))
        .toList();
  }

  private static List<KindCount> counts(List<Entry> chain) {
    Map<String, Long> counts = new LinkedHashMap<>();
    chain.forEach(e -> counts.merge(e.incident().kind(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> new KindCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingLong(KindCount::count).reversed().thenComparing(KindCount::kind))
        .toList();
  }

  /** Every imported file, and any file a quote names that is not among them, by name. */
  private static List<SourceFile> sourceFiles(List<Entry> chain, Map<String, String> imported) {
    Map<String, String> digests = new TreeMap<>(imported);
    Map<String, List<Long>> quotedIn = new TreeMap<>();
    for (Entry entry : chain) {
      entry
          .incident()
          .quote()
          .ifPresent(
              q -> {
                digests.putIfAbsent(q.source(), q.fileSha256());
                quotedIn.computeIfAbsent(q.source(), k -> new ArrayList<>()).add(entry.seq());
              });
    }
    return digests.entrySet().stream()
        .map(
            e ->
                new SourceFile(
                    e.getKey(), e.getValue(), quotedIn.getOrDefault(e.getKey(), List.of())))
        .toList();
  }
}
