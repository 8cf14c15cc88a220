package app.walkaway.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes the upgrade fixtures in src/test/resources/vault/: a small vault made by each schema
 * version, all with {@link #PASSPHRASE}. Run once when adding migration V&lt;n&gt; to keep a vault
 * of the previous newest version, then commit the file:
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.walkaway.vault.FixtureVaults 2
 * </pre>
 */
final class FixtureVaults {
  static final String PASSPHRASE = "fixture vault passphrase";
  static final Path FOLDER = Path.of("src/test/resources/vault");

  private FixtureVaults() {}

  public static void main(String[] args) throws Exception {
    String version = args[0];
    Path file = FOLDER.resolve("v" + version + ".db");
    Files.deleteIfExists(file);
    try (Vault vault = Vault.create(file, Passphrase.of(PASSPHRASE), version)) {
      vault.events().add(Samples.chat());
      if (Integer.parseInt(version) >= 2) {
        vault.plan().put("plan.start", "2026-03-01");
        vault
            .journal()
            .add(new JournalEntry(LocalDateTime.parse("2026-03-02T22:00"), "A calm day."));
        addEvidence(vault, Integer.parseInt(version));
      }
    }
    System.out.println("wrote " + file);
  }

  /** Version 2 and 3 kept evidence in a flat table that version 4 turned into the chain. */
  private static void addEvidence(Vault vault, int version) {
    if (version >= 4) {
      throw new UnsupportedOperationException(
          "build fixtures from version 4 on with the safety package's evidence journal");
    }
    vault.jdbc(
        c -> {
          try (java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(
                "INSERT INTO evidence (at, category, text, attachment) VALUES ("
                    + Times.toSeconds(LocalDateTime.parse("2026-03-02T23:30"))
                    + ", 'message', 'Three calls late at night', '')");
          }
          return null;
        });
  }
}
