package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vault ever made, by any schema version, opens in this version with its data intact. */
class MigrationTest {
  @TempDir Path home;

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FixtureVaults.FOLDER)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(".db")).sorted().toList();
      assertThat(found).as("fixture vaults").isNotEmpty();
      return found;
    }
  }

  @Test
  void anEmptyVaultIsBuiltToTheNewestVersion() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      assertThat(schemaVersion(vault)).isEqualTo(newestMigration());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aVaultFromAnEarlierVersionUpgradesWithItsData(Path fixture) throws IOException {
    Path file = Files.copy(fixture, home.resolve("vault.db"));

    try (Vault vault = Vault.open(file, Passphrase.of(FixtureVaults.PASSPHRASE))) {
      assertThat(schemaVersion(vault)).isEqualTo(newestMigration());
      assertThat(vault.events().all()).isEqualTo(Samples.chat());
      assertEvidenceCarriedOver(vault, fixture);
      vault.journal().add(new JournalEntry(LocalDateTime.parse("2026-05-01T08:00"), "Upgraded."));
      vault.plan().put("upgrade.check", "yes");
      assertThat(vault.journal().all()).extracting(JournalEntry::text).contains("Upgraded.");
    }
    // Reopening an upgraded vault applies nothing twice.
    try (Vault vault = Vault.open(file, Passphrase.of(FixtureVaults.PASSPHRASE))) {
      assertThat(vault.plan().find("upgrade.check")).contains("yes");
    }
  }

  /** Versions 2 and 3 kept one evidence item; version 4 carries it into the chain, unsealed. */
  private static void assertEvidenceCarriedOver(Vault vault, Path fixture) {
    if (fixture.getFileName().toString().equals("v1.db")) {
      assertThat(vault.evidence().all()).isEmpty();
      return;
    }
    EvidenceRow row = vault.evidence().all().get(0);
    assertThat(vault.evidence().all()).hasSize(1);
    assertThat(row.seq()).isEqualTo(1);
    assertThat(row.facts().occurredAt()).isEqualTo(LocalDateTime.parse("2026-03-02T23:30"));
    assertThat(row.facts().kind()).isEqualTo("message");
    assertThat(row.facts().what()).isEqualTo("Three calls late at night");
    assertThat(row.attachments()).isEmpty();
    assertThat(vault.evidence().pending()).containsExactly(row);
  }

  private static int schemaVersion(Vault vault) {
    return vault.jdbc(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rows =
                  s.executeQuery(
                      "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                          + " WHERE success = 1")) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }

  private static int newestMigration() {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .max()
          .orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
