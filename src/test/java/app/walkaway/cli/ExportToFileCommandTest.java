package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6, at the command: {@code walkaway export --json --out FILE} writes the file whole
 * or not at all. A full disk is a real {@code walkaway} JVM whose files may not grow past 64 kB
 * ({@code ulimit -f}, which Java meets as the same IOException as ENOSPC): before, it left a
 * truncated plaintext file under her name.
 */
class ExportToFileCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void aVaultHoldingMoreThanSixtyFourKilobytesOfWords() throws IOException {
    cli = VaultCli.in(dir);
    cli.init();
    Path export = BigExport.write(dir.resolve("history.json"), 3_000);
    CliRun imported = cli.run("import", export.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void theFileHoldsWhatTheScreenShowsAndIsPrivate() throws IOException {
    Path out = dir.resolve("out").resolve("export.json");
    Files.createDirectories(out.getParent());

    CliRun run = cli.run("export", "--json", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Exported 3000 events to").contains("not encrypted");
    JsonNode screen = JSON.readTree(cli.run("export", "--json").out());
    assertThat(JSON.readTree(out.toFile()).get("events")).isEqualTo(screen.get("events"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
    assertThat(othersIn(out.getParent(), out)).isEmpty();
  }

  @Test
  void anExistingFileIsRefusedAndKept() throws IOException {
    Path taken = Files.writeString(dir.resolve("taken.json"), "keep me");

    CliRun run = cli.run("export", "--json", "--out", taken.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("already exists; choose a new file name");
    assertThat(taken).hasContent("keep me");
  }

  @Test
  void aFullDiskLeavesNoFileAndNoPartOfOneAndSaysWhy() throws Exception {
    Path out = dir.resolve("out").resolve("export.json");
    Files.createDirectories(out.getParent());

    Run child = exportInAChildWhoseFilesCannotGrowPast64Kilobytes(out);

    assertThat(child.exitCode()).as(child.told()).isEqualTo(1);
    assertThat(child.told())
        .contains("could not write the export")
        .contains("Nothing was left behind")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(othersIn(out.getParent(), out)).as("no partial file left").isEmpty();
  }

  private record Run(int exitCode, String told) {}

  private Run exportInAChildWhoseFilesCannotGrowPast64Kilobytes(Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "ulimit -f 64; exec '"
            + java
            + "' -Dwalkaway.nativeDir='"
            + System.getProperty("walkaway.nativeDir", dir.resolve("native").toString())
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' app.walkaway.Main export --json --out '"
            + out
            + "' --home '"
            + cli.home()
            + "'";
    ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", command));
    builder.environment().put("WALKAWAY_PASSPHRASE", VaultCli.PASSPHRASE);
    Path log = dir.resolve("child.log");
    Process child = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child finished").isTrue();
    return new Run(child.exitValue(), Files.readString(log));
  }

  private static List<Path> othersIn(Path folder, Path except) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.equals(except)).toList();
    }
  }
}
