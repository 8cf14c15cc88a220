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
      VaultSession session, String keptBy, String concerning, LocalDateTime now, String version) {
    EvidenceJournal journal = new EvidenceJournal(session);
    EvidenceJournal.Checked checked = journal.verify();
    Map<String, String> files = session.read(EvidenceReports::sourceFiles);
    return EvidenceReport.of(
        keptBy.strip(),
        concerning.strip(),
        journal.entries(),
        checked.verification(),
        files,
        now.withNano(0),
        version);
  }

  /** Every imported file by name, with its SHA-256 where one was recorded (else empty). */
  private static Map<String, String> sourceFiles(Vault vault) {
    Map<String, String> files = new TreeMap<>();
    vault.sources().names().forEach(name -> files.put(name, ""));
    files.putAll(vault.sources().digests());
    return files;
  }
}
