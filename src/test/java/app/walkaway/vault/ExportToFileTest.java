package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6: an export to a file appears whole or not at all. A full disk (here a child JVM
 * whose files may not grow past 64 kB: ulimit -f, which Java reports as an IOException as it does
 * ENOSPC) must not leave a truncated plaintext file.
 */
class ExportToFileTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-06-01T12:00:00");
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void aVaultWithMoreThanSixtyFourKilobytesOfWords() {
    file = dir.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(5_000, "history.txt"));
    }
  }

  @Test
  void theFileIsTheWholeExportAndPrivate() throws IOException {
    Path out = dir.resolve("export.json");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      ExportFile.write(vault, expected, NOW);
      assertThat(ExportFile.writeTo(vault, out, NOW)).isEqualTo(5_000);
    }

    assertThat(Files.readAllBytes(out)).isEqualTo(expected.toByteArray());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
    assertThat(partials()).isEmpty();
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path taken = Files.writeString(dir.resolve("taken.json"), "keep me");
    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      assertThatThrownBy(() -> ExportFile.writeTo(vault, taken, NOW))
          .hasMessageContaining("already exists");
    }
    assertThat(taken).hasContent("keep me");
  }

  @Test
  void aFullDiskLeavesNothingBehindAndSaysWhy() throws Exception {
    Path out = dir.resolve("export.json");

    String told = exportInAChildWhoseFilesCannotGrowPast64Kilobytes(out);

    assertThat(told).contains("could not write the export").contains("Nothing was left behind");
    assertThat(out).doesNotExist();
    assertThat(partials()).isEmpty();
  }

  @Test
  void aPartialFileLeftByAKilledExportIsWipedByTheNextOne() throws IOException {
    Path out = dir.resolve("export.json");
    Path leftover = Files.writeString(dir.resolve(".export.json.12345.partial"), "her words");
    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      ExportFile.writeTo(vault, out, NOW);
    }
    assertThat(leftover).doesNotExist();
    assertThat(out).exists();
  }

  private String exportInAChildWhoseFilesCannotGrowPast64Kilobytes(Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "ulimit -f 64; exec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + CrashChild.class.getName()
            + " export '"
            + file
            + "' '"
            + out
            + "'";
    ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", command));
    builder.environment().put("CRASH_OLD", Samples.PASSPHRASE);
    Path log = dir.resolve("child.log");
    Process child = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isNotZero();
    return Files.readString(log);
  }

  private List<Path> partials() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".partial")).toList();
    }
  }
}
