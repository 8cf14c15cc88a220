package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.safety.evidence.AttachmentRef;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.safety.evidence.Verification;
import app.walkaway.vault.Digests;
import app.walkaway.vault.ExportFile;
import app.walkaway.vault.ExportReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evidence journal end to end on real encrypted vaults. */
class EvidenceJournalTest {
  @TempDir Path dir;

  @Test
  void entriesKeepHerWordsTheFactsAndTheirFilesByDigest() {
    try (VaultSession vault = Journals.newVault(dir)) {
      List<Entry> entries = Journals.threeEntries(vault).entries();

      assertThat(entries).extracting(Entry::seq).containsExactly(1L, 2L, 3L);
      Entry first = entries.get(0);
      assertThat(first.incident().what()).isEqualTo("He kicked the door until it split.");
      assertThat(first.incident().details().witnesses()).isEqualTo("Mrs Kowalska next door");
      assertThat(first.recordedAt()).isEqualTo(Journals.NOW);
      assertThat(first.incident().attachments())
          .containsExactly(
              new AttachmentRef(
                  0, "door.jpg", Digests.sha256(Journals.PHOTO), Journals.PHOTO.length),
              new AttachmentRef(
                  1, "texts.png", Digests.sha256(Journals.SCREENSHOT), Journals.SCREENSHOT.length));
      assertThat(new EvidenceJournal(vault).file(1, 0)).hasValue(Journals.PHOTO);
      assertThat(new EvidenceJournal(vault).verify())
          .isEqualTo(
              new EvidenceJournal.Checked(new Verification.Intact(3, entries.get(2).hash()), 0, 3));
    }
  }

  @Test
  void aCorrectionIsANewEntryAndTheOriginalIsKeptAsItWas() {
    try (VaultSession vault = Journals.newVault(dir)) {
      List<Entry> entries = Journals.threeEntries(vault).entries();

      assertThat(entries.get(0).incident().what()).isEqualTo("He kicked the door until it split.");
      assertThat(entries.get(0).incident().occurredAt())
          .isEqualTo(Journals.doorKicked().occurredAt());
      assertThat(entries.get(2).incident().refersTo())
          .contains(new Reference(1, Reference.Relation.CORRECTS));
    }
  }

  @Test
  void aFileAddedLaterIsANewEntryPointingToTheEarlierOne() {
    try (VaultSession vault = Journals.newVault(dir)) {
      EvidenceJournal journal = Journals.threeEntries(vault);

      Entry added =
          journal
              .attach(
                  2,
                  List.of(new KeptFile("bus-stop.jpg", Journals.PHOTO)),
                  Journals.NOW.plusHours(1))
              .entry();

      assertThat(added.seq()).isEqualTo(4);
      assertThat(added.incident().refersTo())
          .contains(new Reference(2, Reference.Relation.ADDS_TO));
      assertThat(added.incident().kind()).isEqualTo("unwanted-visit");
      assertThat(journal.entries().get(1).incident().attachments()).isEmpty();
      assertThatThrownBy(() -> journal.attach(9, List.of(), Journals.NOW))
          .isInstanceOf(ServiceException.class)
          .hasMessageContaining("no evidence entry 9");
    }
  }

  @Test
  void aMessageIsQuotedWithItsFileLineAndTheFilesDigest() {
    try (VaultSession vault = Journals.newVault(dir)) {
      Event message =
          new Event(
              LocalDateTime.parse("2026-12-04T02:13"),
              Actor.THEM,
              Kind.MESSAGE,
              Channel.WHATSAPP,
              "Ты пожалеешь об этом. Θα το μετανιώσεις.",
              SourceRef.of("chat.txt", 212),
              0);
      vault.write(
          v -> {
            v.sources().recordDigest("chat.txt", "ab".repeat(32));
            return null;
          });

      Entry entry =
          new EvidenceJournal(vault).addMessage(message, "threat", "", Journals.NOW).entry();

      assertThat(entry.incident().quote())
          .contains(
              new Quote(
                  "Ты пожалеешь об этом. Θα το μετανιώσεις.",
                  "chat.txt",
                  212,
                  "ab".repeat(32),
                  LocalDateTime.parse("2026-12-04T02:13")));
      assertThat(entry.incident().channel()).isEqualTo("whatsapp");
      assertThat(entry.incident().occurredAt()).isEqualTo(message.at());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"v2.db", "v3.db"})
  void aVaultFromBeforeTheChainKeepsEveryItemAndVerifies(String fixture) throws Exception {
    Path file = Files.copy(Path.of("src/test/resources/vault", fixture), dir.resolve("vault.db"));
    try (VaultSession vault =
        VaultSession.unlock(
            VaultPlace.in(dir),
            "fixture vault passphrase".toCharArray(),
            SessionSettings.oneCommand())) {
      EvidenceJournal journal = new EvidenceJournal(vault);

      EvidenceJournal.Checked checked = journal.verify();

      assertThat(checked.sealedFirst()).isEqualTo(1);
      assertThat(checked.verification()).isInstanceOf(Verification.Intact.class);
      Entry carried = journal.entries().get(0);
      assertThat(carried.incident().what()).isEqualTo("Three calls late at night");
      assertThat(carried.incident().kind()).isEqualTo("message");
      assertThat(carried.incident().occurredAt())
          .isEqualTo(LocalDateTime.parse("2026-03-02T23:30"));
      assertThat(journal.verify().sealedFirst()).as("sealed once").isZero();
      Entry next = journal.add(Journals.doorKicked(), List.of(), Journals.NOW).entry();
      assertThat(next.prevHash()).isEqualTo(carried.hash());
    }
  }

  @Test
  void anExportRestoredIntoAnEmptyVaultSealsToTheSameHead() throws Exception {
    Path export = dir.resolve("export.json");
    String head;
    try (VaultSession vault = Journals.newVault(dir.resolve("a"));
        OutputStream out = Files.newOutputStream(export)) {
      head = ((Verification.Intact) Journals.threeEntries(vault).verify().verification()).head();
      vault.read(
          v -> {
            ExportFile.write(v, out, Journals.NOW);
            return null;
          });
    }
    try (VaultSession other = Journals.newVault(dir.resolve("b"))) {
      other.write(v -> ExportReader.read(export).restoreInto(v));

      EvidenceJournal.Checked checked = new EvidenceJournal(other).verify();

      assertThat(checked.sealedFirst()).isEqualTo(3);
      assertThat(checked.verification()).isEqualTo(new Verification.Intact(3, head));
      assertThat(new EvidenceJournal(other).file(1, 1)).hasValue(Journals.SCREENSHOT);
    }
  }

  @Test
  void aFileTooLargeToKeepIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("video.mp4");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(26L * 1024 * 1024);
    }

    assertThatThrownBy(() -> KeptFile.read(big))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("video.mp4: too large to keep in the vault (26 MB; at most 25 MB");
    assertThatThrownBy(() -> KeptFile.read(dir.resolve("nothing.png")))
        .hasMessageContaining("no such file");
  }
}
