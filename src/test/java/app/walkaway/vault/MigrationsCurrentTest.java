package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a current vault skips Flyway; anything older still goes through it. */
class MigrationsCurrentTest {
  @TempDir Path home;

  @Test
  void theNewestVersionNamesTheNewestMigrationFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      int newest =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow();
      assertThat(Migrations.NEWEST).isEqualTo(newest);
    }
  }

  @Test
  void aNewVaultIsCurrentAndReopeningItRunsNothing() throws SQLException {
    Path file = home.resolve("vault.db");
    Vault.create(file, Samples.passphrase()).close();

    try (Connection c = Keyed.dataSource(file, Samples.passphrase()).getConnection()) {
      SharedConnection shared = new SharedConnection(c);
      assertThat(Migrations.isCurrent(shared)).isTrue();
      assertThat(Migrations.migrate(file, shared, null)).isZero();
    }
  }

  @Test
  void anOlderVaultIsNotCurrentUntilOpened() throws IOException, SQLException {
    Path file = Files.copy(FixtureVaults.FOLDER.resolve("v1.db"), home.resolve("vault.db"));
    Passphrase passphrase = Passphrase.of(FixtureVaults.PASSPHRASE);

    assertThat(isCurrent(file, passphrase)).isFalse();
    Vault.open(file, passphrase).close();
    assertThat(isCurrent(file, passphrase)).isTrue();
  }

  @Test
  void aFileWithoutHistoryIsNotCurrent() throws SQLException {
    Path file = home.resolve("empty.db");
    try (Connection c = Keyed.dataSource(file, Samples.passphrase()).getConnection()) {
      assertThat(Migrations.isCurrent(new SharedConnection(c))).isFalse();
    }
  }

  private static boolean isCurrent(Path file, Passphrase passphrase) {
    try (Connection c = Keyed.dataSource(file, passphrase).getConnection()) {
      return Migrations.isCurrent(new SharedConnection(c));
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
