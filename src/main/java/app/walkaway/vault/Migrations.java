package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a vault's schema up to date with Flyway (its SQLite support is built into flyway-core).
 * Migrations live in {@code src/main/resources/db/migration} as {@code V<n>__what.sql}; to add one,
 * drop in the next number. Flyway gets the keyed data source, so it reads and writes the encrypted
 * file exactly as we do.
 *
 * <p>Opening a vault that is already current skips Flyway: loading it and scanning the classpath
 * for migrations cost about a quarter of a second of CPU on every command. One query on Flyway's
 * own history table tells whether anything is due; {@link #NEWEST} must name the newest migration
 * (MigrationsCurrentTest checks it against the files).
 */
final class Migrations {
  static final String LOCATION = "classpath:db/migration";

  /** The version of the newest {@code V<n>__} file in {@code db/migration}. */
  static final int NEWEST = 4;

  private Migrations() {}

  /**
   * Migrates to the newest version, or to {@code target} (e.g. "1") to build old fixtures.
   *
   * @return how many migrations ran
   */
  static int migrate(Path file, DataSource source, String target) throws SQLException {
    if (target == null && isCurrent(source)) {
      return 0;
    }
    return runFlyway(file, source, target);
  }

  /**
   * True when every migration up to {@link #NEWEST} has succeeded. A missing history table (a new
   * file), a failed row or an older version all leave the decision to Flyway, which also reports a
   * vault made by a newer Walkaway.
   */
  static boolean isCurrent(DataSource source) throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet table =
            s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'flyway_schema_history'")) {
      if (!table.next() || table.getInt(1) == 0) {
        return false;
      }
    }
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT max(CAST(version AS INTEGER)), min(success) FROM flyway_schema_history")) {
      return rows.next() && rows.getInt(1) == NEWEST && rows.getInt(2) == 1;
    }
  }

  private static int runFlyway(Path file, DataSource source, String target) {
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
