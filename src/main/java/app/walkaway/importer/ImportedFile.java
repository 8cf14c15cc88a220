package app.walkaway.importer;

import java.util.List;
import java.util.Objects;

/** One input read completely: what it holds and what reading it found. */
public record ImportedFile(ImportReport report, List<Entry> entries) {
  public ImportedFile {
    Objects.requireNonNull(report, "report");
    entries = List.copyOf(entries);
  }
}
