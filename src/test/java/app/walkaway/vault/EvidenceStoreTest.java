package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence journal's storage (V4) in a real encrypted vault. */
class EvidenceStoreTest {
  @TempDir Path dir;
  private Vault vault;

  @BeforeEach
  void open() {
    vault = Vault.create(dir.resolve("vault.db"), Samples.passphrase());
  }

  @AfterEach
  void close() {
    vault.close();
  }

  @Test
  void entriesAndTheirFilesAreStoredInOrderAndReadBack() {
    EvidenceRow first =
        EvidenceSamples.sealed(1, "He called nine times.", List.of(EvidenceSamples.photo()));
    EvidenceRow second = EvidenceSamples.sealed(2, "He waited outside.", List.of());
    vault.evidence().append(first, List.of(EvidenceSamples.PHOTO));
    vault.evidence().append(second, List.of());

    assertThat(vault.evidence().all()).containsExactly(first, second);
    assertThat(vault.evidence().content(1, 0)).hasValue(EvidenceSamples.PHOTO);
    assertThat(vault.evidence().storedFiles())
        .containsExactly(new EvidenceStore.StoredFile(1, 0, Digests.sha256(EvidenceSamples.PHOTO)));
    assertThat(vault.evidence().nextSeq()).isEqualTo(3);
  }

  @Test
  void anEntryThatDoesNotFollowTheLastIsRefusedAndNothingIsSaved() {
    vault.evidence().append(EvidenceSamples.sealed(1, "one", List.of()), List.of());
    EvidenceRow skipping = EvidenceSamples.sealed(3, "three", List.of());
    EvidenceRow badLink =
        new EvidenceRow(
            2,
            EvidenceSamples.AT,
            EvidenceSamples.facts("threat", "two"),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            List.of(),
            "f".repeat(64),
            "e".repeat(64));

    assertThatThrownBy(() -> vault.evidence().append(skipping, List.of()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("expected entry 2");
    assertThatThrownBy(() -> vault.evidence().append(badLink, List.of()))
        .hasMessageContaining("changed while this entry was being written");
    assertThat(vault.evidence().all()).hasSize(1);
  }

  @Test
  void aStoredEntryCannotBeChangedOrRemoved() {
    vault
        .evidence()
        .append(
            EvidenceSamples.sealed(1, "one", List.of(EvidenceSamples.photo())),
            List.of(EvidenceSamples.PHOTO));

    for (String sql :
        List.of(
            "UPDATE evidence_entry SET what = 'nothing' WHERE seq = 1",
            "DELETE FROM evidence_entry WHERE seq = 1",
            "UPDATE evidence_attachment SET content = x'00'",
            "DELETE FROM evidence_attachment")) {
      assertThatThrownBy(() -> execute(sql)).as(sql).hasMessageContaining("never");
    }
    assertThat(vault.evidence().all().get(0).facts().what()).isEqualTo("one");
  }

  @Test
  void anEntryAwaitingItsSealGetsItOnceAndThenNeverChanges() {
    EvidenceRow row =
        EvidenceSamples.sealed(1, "one", List.of()).pendingAt(1, java.util.Optional.empty());
    vault.jdbc(
        c -> {
          EvidenceStore.insert(c, row, List.of());
          return null;
        });

    assertThat(vault.evidence().pending()).containsExactly(row);
    assertThatThrownBy(
            () -> vault.evidence().append(EvidenceSamples.sealed(2, "two", List.of()), List.of()))
        .hasMessageContaining("await their seal");
    vault.evidence().seal(1, "0".repeat(64), "a".repeat(64));

    assertThat(vault.evidence().pending()).isEmpty();
    assertThat(vault.evidence().all().get(0).hash()).isEqualTo("a".repeat(64));
    assertThatThrownBy(() -> vault.evidence().seal(1, "0".repeat(64), "b".repeat(64)))
        .hasMessageContaining("not awaiting a seal");
  }

  @Test
  void eachImportedFilesDigestIsKeptByName() {
    vault.sources().recordDigest("chat.txt", "ab".repeat(32));
    vault.sources().recordDigest("chat.txt", "cd".repeat(32));
    vault.sources().recordDigest("export.zip!_chat.txt", "ef".repeat(32));

    assertThat(vault.sources().digests())
        .containsExactly(
            java.util.Map.entry("chat.txt", "cd".repeat(32)),
            java.util.Map.entry("export.zip!_chat.txt", "ef".repeat(32)));
    assertThat(vault.sources().names()).containsExactly("chat.txt", "export.zip!_chat.txt");
  }

  @Test
  void everyRiskScreenIsKept() {
    ScreenRecord first =
        new ScreenRecord(LocalDateTime.parse("2026-03-01T10:00"), "{}", "concerns");
    ScreenRecord second =
        new ScreenRecord(LocalDateTime.parse("2026-03-05T10:00"), "{}", "specialist-now");
    vault.screens().add(second);
    vault.screens().add(first);

    assertThat(vault.screens().all()).containsExactly(first, second);
    assertThat(vault.screens().latest()).contains(second);
  }

  @Test
  void anExportFromBeforeTheChainRestoresItsEvidenceAsEntriesAwaitingTheirSeal()
      throws IOException {
    Path export =
        Files.writeString(
            dir.resolve("old.json"),
            "{\"format\": \"walkaway-export\", \"version\": 1, \"events\": [], \"evidence\": [\n"
                + "{\"at\": \"2026-03-02T23:30:00\", \"category\": \"message\", \"text\":"
                + " \"Three calls late at night\", \"attachment\": \"calls.png\"}]}");

    ExportReader.read(export).restoreInto(vault);

    EvidenceRow row = vault.evidence().all().get(0);
    assertThat(row.facts().kind()).isEqualTo("message");
    assertThat(row.facts().what()).isEqualTo("Three calls late at night");
    assertThat(row.attachments())
        .containsExactly(new EvidenceRow.Attachment(0, "calls.png", "", 0));
    assertThat(row.hash()).isEmpty();
  }

  private void execute(String sql) {
    vault.jdbc(
        c -> {
          try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
          }
        });
  }
}
