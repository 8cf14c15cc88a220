package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-21T10:00:00");
  @TempDir Path dir;

  @Test
  void everythingWrittenIsReadBackAndRestoredIntoAnotherVault() throws IOException {
    Path export = dir.resolve("export.json");
    try (Vault vault = Vault.create(dir.resolve("a.db"), Samples.passphrase());
        OutputStream out = Files.newOutputStream(export)) {
      vault.events().add(Samples.chat());
      vault.plan().put("plan.start", "2026-03-01");
      vault
          .journal()
          .add(
              new JournalEntry(
                  LocalDateTime.parse("2026-03-02T21:00"), "Went to the pottery class."));
      vault
          .evidence()
          .append(
              EvidenceSamples.sealed(
                  1, "Four calls after midnight", List.of(EvidenceSamples.photo())),
              List.of(EvidenceSamples.PHOTO));
      vault.sources().recordDigest("chat.txt", "ab".repeat(32));
      assertThat(ExportFile.write(vault, out, NOW)).isEqualTo(5);
    }

    ExportContents contents = ExportReader.read(export);
    try (Vault other = Vault.create(dir.resolve("b.db"), Samples.passphrase())) {
      ExportContents.Restored first = contents.restoreInto(other);
      ExportContents.Restored again = contents.restoreInto(other);

      assertThat(first).isEqualTo(new ExportContents.Restored(new AddResult(5, 0), 1, 1, 1));
      assertThat(again).isEqualTo(new ExportContents.Restored(new AddResult(0, 5), 0, 0, 0));
      assertThat(other.events().all()).isEqualTo(Samples.chat());
      assertThat(other.plan().all()).containsEntry("plan.start", "2026-03-01");
      assertThat(other.journal().all())
          .extracting(JournalEntry::text)
          .containsExactly("Went to the pottery class.");
      EvidenceRow restored = other.evidence().all().get(0);
      assertThat(restored.facts().what()).isEqualTo("Four calls after midnight");
      assertThat(restored.attachments()).containsExactly(EvidenceSamples.photo());
      assertThat(other.evidence().content(1, 0)).hasValue(EvidenceSamples.PHOTO);
      assertThat(restored.hash()).as("awaits its seal in the new vault").isEmpty();
      assertThat(other.sources().digests()).containsEntry("chat.txt", "ab".repeat(32));
    }
    assertThat(Files.readString(export))
        .contains("\"format\" : \"walkaway-export\"")
        .contains("\"version\" : 1");
  }

  @Test
  void aBrokenRecordIsReportedWithItsLine() throws IOException {
    Path export =
        Files.writeString(
            dir.resolve("broken.json"),
            "{\"format\": \"walkaway-export\", \"version\": 1, \"events\": [\n"
                + "{\"at\": \"2026-03-01T09:00\", \"who\": \"me\", \"kind\": \"message\", \"text\": \"hi\"},\n"
                + "{\"at\": \"2026-03-01T09:01\", \"who\": \"him\", \"kind\": \"message\", \"text\": \"hey\"}\n"
                + "]}\n");

    assertThatThrownBy(() -> ExportReader.read(export))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("broken.json:3:")
        .hasMessageContaining("unknown who 'him'");
  }

  @Test
  void aFileFromANewerWalkawayAsksForAnUpdate() throws IOException {
    Path export =
        Files.writeString(
            dir.resolve("newer.json"),
            "{\"format\": \"walkaway-export\", \"version\": 7, \"events\": []}");

    assertThatThrownBy(() -> ExportReader.read(export)).hasMessageContaining("newer Walkaway");
  }

  @Test
  void truncatedJsonIsReportedPlainly() throws IOException {
    Path export =
        Files.writeString(
            dir.resolve("cut.json"),
            "{\"format\": \"walkaway-export\", \"version\": 1, \"events\": [\n{\"at\": ");

    assertThatThrownBy(() -> ExportReader.read(export))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("cut.json:2:")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void onlyOurFormatIsRecognized() {
    assertThat(ExportReader.recognizes("{\n  \"format\" : \"walkaway-export\",")).isTrue();
    assertThat(ExportReader.recognizes("[01/02/2026, 09:00:00] Maya: walkaway-export")).isFalse();
    assertThat(ExportReader.recognizes("{\"messages\": []}")).isFalse();
  }
}
