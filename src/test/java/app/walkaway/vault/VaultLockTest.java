package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 6: two Walkaways on one vault. The second is told at once, plainly and as its own
 * exception type, instead of "database file is locked" after five seconds.
 */
class VaultLockTest {
  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void aVault() {
    file = dir.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.chat());
    }
  }

  @Test
  void anotherProcessIsToldAtOnceWhileTheVaultIsOpenAndGetsInAfterwards() throws Exception {
    try (Vault open = Vault.open(file, Samples.passphrase())) {
      Instant start = Instant.now();
      Child refused = openInChild();

      assertThat(refused.code()).isNotZero();
      assertThat(refused.output())
          .contains("VaultBusyException")
          .contains("another Walkaway is using this vault right now")
          .doesNotContain("database file is locked");
      // A child JVM starts in about a second; SQLite's busy wait alone was five.
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
      assertThat(open.events().count()).isEqualTo(5);
    }

    Child afterwards = openInChild();
    assertThat(afterwards.code()).as(afterwards.output()).isZero();
  }

  @Test
  void aSecondOpenInTheSameProgramIsBusyToo() {
    try (Vault open = Vault.open(file, Samples.passphrase())) {
      assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
          .isInstanceOf(VaultBusyException.class)
          .hasMessageContaining("Nothing was changed");
      assertThatThrownBy(() -> Vault.wipe(file)).isInstanceOf(VaultBusyException.class);
      assertThat(open.events().count()).isEqualTo(5);
    }
    assertThat(file).exists();
  }

  @Test
  void aKilledHolderLeavesNoLockBehind() throws Exception {
    Process holder = start("import", "2000000"); // long enough to be killed holding the lock
    Path log = dir.resolve("child.log");
    while (!Files.readString(log).contains("ready")) {
      assertThat(holder.isAlive()).as(Files.readString(log)).isTrue();
      Thread.sleep(5);
    }
    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(VaultBusyException.class);

    holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      assertThat(vault.events().count()).isEqualTo(5);
    }
  }

  @Test
  void wipingRemovesTheLockFileToo() {
    assertThat(VaultLock.pathOf(file)).exists();

    Vault.wipe(file);

    assertThat(dir.resolve("vault.db")).doesNotExist();
    assertThat(VaultLock.pathOf(file)).doesNotExist();
  }

  private Child openInChild() throws Exception {
    Process child = start("open");
    child.waitFor(60, TimeUnit.SECONDS);
    return new Child(child.exitValue(), Files.readString(dir.resolve("child.log")));
  }

  private Process start(String... operation) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                operation[0],
                file.toString()));
    command.addAll(List.of(operation).subList(1, operation.length));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CRASH_OLD", Samples.PASSPHRASE);
    return builder
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private record Child(int code, String output) {}
}
