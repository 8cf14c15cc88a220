package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening after a crash left a hot journal (issue 15, item 1), on crash images made in-process
 * ({@link CrashImages}): the passphrase is proven before SQLite may roll anything back, and damage
 * is told from a wrong passphrase as well as the files allow. {@link CrashThenTypoTest} does the
 * same with real kills.
 */
class UnlockAfterCrashTest {
  private static final String TYPO = "lanterns over the harbor";
  private static final int EVENTS = 20_000;
  @TempDir Path home;
  private Path image;
  private byte[] fileBefore;
  private byte[] firstPageBefore;

  @BeforeEach
  void aVaultCaughtMidImport() throws IOException {
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(EVENTS, "history.txt"));
      vault.plan().put("plan.start", "2026-03-01");
    }
    fileBefore = Files.readAllBytes(file);
    firstPageBefore = Arrays.copyOf(fileBefore, PageCheck.PAGE_SIZE);
    image = CrashImages.midImport(file, Samples.PASSPHRASE, 20_000, home.resolve("crashed"));
  }

  @Test
  void theImageIsPartRewrittenBesideAHotJournal() throws IOException {
    assertThat(RollbackJournal.findHot(image)).isPresent();
    byte[] original = RollbackJournal.findHot(image).get().originalFirstPage().orElseThrow();
    // The journal holds page 1 as it was, encrypted afresh (a new IV): same salt, same key.
    assertThat(PageCheck.salt(original)).isEqualTo(PageCheck.salt(firstPageBefore));
    PageKey key = PageKey.derive(Samples.passphrase(), PageCheck.salt(original));
    assertThat(PageCheck.verifies(key, original, 1)).isTrue();
    assertThat(Arrays.equals(Files.readAllBytes(image), fileBefore))
        .as("pages already rewritten in the file")
        .isFalse();
  }

  @Test
  void aTypoIsRefusedAndLeavesFileAndJournalByteForByte() throws IOException {
    Snapshot before = Snapshot.of(image);

    assertThatThrownBy(() -> Vault.open(image, Passphrase.of(TYPO)))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("wrong passphrase")
        .hasMessageContaining("Nothing was changed");

    assertThat(Snapshot.of(image)).isEqualTo(before);
  }

  @Test
  void thenTheRightPassphraseRollsTheInterruptedImportBack() {
    assertThatThrownBy(() -> Vault.open(image, Passphrase.of(TYPO)));

    try (Vault vault = Vault.open(image, Samples.passphrase())) {
      assertThat(vault.events().all()).isEqualTo(Samples.many(EVENTS, "history.txt"));
      assertThat(vault.plan().find("plan.start")).contains("2026-03-01");
    }
    assertThat(RollbackJournal.pathOf(image)).doesNotExist();
  }

  @Test
  void aDamagedCopyOfPageOneInTheJournalIsDamageAndIsLeftAlone() throws IOException {
    flip(RollbackJournal.pathOf(image), pageOneInJournal() + 2000);
    Snapshot before = Snapshot.of(image);

    assertThatThrownBy(() -> Vault.open(image, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("vault.db-journal")
        .hasMessageContaining("is damaged")
        .hasMessageContaining("Your passphrase is right");
    assertThat(Snapshot.of(image)).isEqualTo(before);
  }

  @Test
  void aZeroedSaltInTheJournalIsDamageNotAnInterruptedPassphraseChange() throws IOException {
    zero(RollbackJournal.pathOf(image), pageOneInJournal(), PageCheck.SALT);
    Snapshot before = Snapshot.of(image);

    assertThatThrownBy(() -> Vault.open(image, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageNotContaining("passphrase change");
    assertThatThrownBy(() -> Vault.open(image, Passphrase.of(TYPO)))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("first bytes");
    assertThat(Snapshot.of(image)).isEqualTo(before);
  }

  @Test
  void aLinkWhereTheJournalShouldBeIsRefusedAndNotFollowed() throws IOException {
    Path journal = RollbackJournal.pathOf(image);
    Path elsewhere = Files.move(journal, home.resolve("elsewhere"));
    Files.createSymbolicLink(journal, elsewhere);
    Snapshot before = Snapshot.of(image);
    byte[] target = Files.readAllBytes(elsewhere);

    assertThatThrownBy(() -> Vault.open(image, Samples.passphrase()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("link")
        .hasMessageContaining("Nothing was opened or changed");
    assertThat(Snapshot.of(image)).isEqualTo(before);
    assertThat(Files.readAllBytes(elsewhere)).isEqualTo(target);
  }

  /** Where page 1's copy starts in the journal: after its record's page number, 1. */
  private long pageOneInJournal() throws IOException {
    byte[] journal = Files.readAllBytes(RollbackJournal.pathOf(image));
    byte[] record = new byte[4 + PageCheck.SALT];
    record[3] = 1;
    System.arraycopy(firstPageBefore, 0, record, 4, PageCheck.SALT);
    for (int at = 0; at + record.length <= journal.length; at++) {
      if (Arrays.equals(journal, at, at + record.length, record, 0, record.length)) {
        return at + 4;
      }
    }
    throw new AssertionError("page 1 is not in the journal");
  }

  private static void flip(Path file, long at) throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(at);
      int b = raw.read();
      raw.seek(at);
      raw.write(b ^ 0x5a);
    }
  }

  private static void zero(Path file, long at, int length) throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(at);
      raw.write(new byte[length]);
    }
  }

  /** The vault file and its journal, byte for byte. */
  private record Snapshot(byte[] file, byte[] journal) {
    static Snapshot of(Path vault) throws IOException {
      Path journal = RollbackJournal.pathOf(vault);
      return new Snapshot(
          Files.readAllBytes(vault),
          Files.exists(journal) ? Files.readAllBytes(journal) : new byte[0]);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Snapshot s
          && Arrays.equals(file, s.file)
          && Arrays.equals(journal, s.journal);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(file) * 31 + Arrays.hashCode(journal);
    }

    @Override
    public String toString() {
      return "vault "
          + file.length
          + " bytes ("
          + Arrays.hashCode(file)
          + "), journal "
          + journal.length
          + " bytes ("
          + Arrays.hashCode(journal)
          + ")";
    }
  }
}
