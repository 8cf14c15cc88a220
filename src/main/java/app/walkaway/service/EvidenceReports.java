package app.walkaway.service;

import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.vault.Vault;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/** Gathers what an evidence report shows from the vault: the journal, its check, the files. */
public final class EvidenceReports {
  private EvidenceReports() {}

  /** The report, with the journal verified (and waiting entries sealed) first. */
  public static EvidenceReport build(
      Vault vault, String keptBy, String concerning, LocalDateTime now, String version) {
    EvidenceJournal journal = new EvidenceJournal(vault);
    EvidenceJournal.Checked checked = journal.verify();
    Map<String, String> files = new TreeMap<>();
    vault.sources().names().forEach(name -> files.put(name, ""));
    files.putAll(vault.sources().digests());
    return EvidenceReport.of(
        keptBy.strip(),
        concerning.strip(),
        journal.entries(),
        checked.verification(),
        files,
        now.withNano(0),
        version);
  }
}
