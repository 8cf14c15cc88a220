package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SHA-256 of each imported file (V4's source.sha256), so a quoted message can be traced to the
 * exact bytes it was read from. A file imported again under the same name with other bytes (a newer
 * export) records the newer digest; an evidence entry keeps the digest it was quoted with.
 */
public final class SourceStore {
  private final Transactions transactions;

  SourceStore(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Records the digest of the file named {@code name} (as events name their source). */
  public void recordDigest(String name, String sha256) {
    transactions.sql(
        "saving a file's SHA-256",
        c -> {
          new Sources(c).id(name);
          try (PreparedStatement update =
              c.prepareStatement("UPDATE source SET sha256 = ? WHERE name = ?")) {
            update.setString(1, sha256);
            update.setString(2, name);
            return update.executeUpdate();
          }
        });
  }

  /** Every file with a recorded digest, by name. */
  public Map<String, String> digests() {
    return transactions.sql(
        "reading the files' SHA-256",
        c -> {
          Map<String, String> digests = new TreeMap<>();
          try (PreparedStatement select =
                  c.prepareStatement("SELECT name, sha256 FROM source WHERE sha256 IS NOT NULL");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              digests.put(rows.getString(1), rows.getString(2));
            }
          }
          return digests;
        });
  }

  /** Every imported file's name, with or without a digest (never "logged by hand"). */
  public java.util.List<String> names() {
    return transactions.sql(
        "reading the files",
        c -> {
          java.util.List<String> names = new java.util.ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT name FROM source WHERE name <> 'logged by hand' ORDER BY name");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              names.add(rows.getString(1));
            }
          }
          return names;
        });
  }

  public Optional<String> findDigest(String name) {
    return Optional.ofNullable(digests().get(name));
  }
}
