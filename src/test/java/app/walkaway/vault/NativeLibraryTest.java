package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6: run as plain {@code java}, without the launcher's options, a vault command must
 * start no child process (sqlite-jdbc's {@code uname} would inherit WALKAWAY_PASSPHRASE) and leave
 * nothing in the temporary folder; SQLite's library comes from one private copy, made once.
 */
class NativeLibraryTest {
  @TempDir Path dir;
  private Path vault;
  private Path fakeBin;
  private Path ran;

  @BeforeEach
  void aVaultAndAnUnameThatTells() throws IOException {
    vault = dir.resolve("vault.db");
    Vault.create(vault, Samples.passphrase()).close();
    fakeBin = Files.createDirectories(dir.resolve("bin"));
    ran = dir.resolve("uname-ran.txt");
    Path uname = fakeBin.resolve("uname");
    // Found first on the PATH: records that it ran and what it was given, then answers as uname.
    Files.writeString(uname, "#!/bin/sh\nenv >> '" + ran + "'\nexec /bin/uname \"$@\"\n");
    Files.setPosixFilePermissions(uname, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void openingStartsNoProcessAndLeavesNothingInTheTemporaryFolder() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");

    assertThat(runChild(tmp, cache)).isZero();

    assertThat(ran).as("a process inherited the environment").doesNotExist();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("left in the temporary folder").isEmpty();
    }
    Path copy = onlyLibraryIn(cache);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void theNextRunReusesTheSameCopy() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");
    assertThat(runChild(tmp, cache)).isZero();
    Path copy = onlyLibraryIn(cache);
    FileTime made = Files.getLastModifiedTime(copy);
    Object inode = Files.readAttributes(copy, "unix:ino").get("ino");

    assertThat(runChild(tmp, cache)).isZero();

    assertThat(onlyLibraryIn(cache)).isEqualTo(copy);
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(made);
    assertThat(Files.readAttributes(copy, "unix:ino").get("ino")).isEqualTo(inode);
  }

  private int runChild(Path tmp, Path cache) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-D" + NativeLibrary.DIR_PROPERTY + "=" + cache);
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(CrashChild.class.getName(), "open", vault.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
    builder.environment().put("WALKAWAY_PASSPHRASE", Samples.PASSPHRASE);
    builder.environment().put("CRASH_OLD", Samples.PASSPHRASE);
    Path log = dir.resolve("child.log");
    Process child = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = child.waitFor();
    assertThat(Files.readString(log)).contains("done");
    return code;
  }

  private static Path onlyLibraryIn(Path cache) throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      List<Path> found = files.filter(Files::isRegularFile).toList();
      assertThat(found).hasSize(1);
      assertThat(found.get(0).getFileName()).hasToString(NativeLibrary.fileName());
      assertThat(Files.size(found.get(0))).isGreaterThan(100_000);
      return found.get(0);
    }
  }
}
