package app.walkaway.vault;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a vault's schema up to date with Flyway (its SQLite support is built into flyway-core).
 * Migrations live in {@code src/main/resources/db/migration} as {@code V<n>__what.sql}; to add one,
 * drop in the next number. Flyway gets the keyed data source, so it reads and writes the encrypted
 * file exactly as we do.
 */
final class Migrations {
  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Migrates to the newest version, or to {@code target} (e.g. "1") to build old fixtures. */
  static int migrate(Path file, DataSource source, String target) {
    try {
      MigrateResult result =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(source)
              .locations(LOCATION)
              .target(target == null ? "latest" : target)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new VaultException(
          file
              + ": could not update the vault's layout to this version of Walkaway ("
              + e.getMessage().lines().findFirst().orElse("")
              + "). Your data is unchanged; a newer Walkaway may be needed.",
          e);
    }
  }
}
