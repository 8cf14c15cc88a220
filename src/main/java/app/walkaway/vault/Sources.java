package app.walkaway.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The source table: each file name (or "logged by hand") stored once, with a cached id. */
final class Sources {
  private final Connection connection;
  private final Map<String, Long> ids = new HashMap<>();

  Sources(Connection connection) {
    this.connection = connection;
  }

  long id(String name) throws SQLException {
    Long known = ids.get(name);
    if (known != null) {
      return known;
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT OR IGNORE INTO source (name) VALUES (?)")) {
      insert.setString(1, name);
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM source WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        long id = rows.getLong(1);
        ids.put(name, id);
        return id;
      }
    }
  }

  /** Every source's name by id, read once so events need no join. */
  static Map<Long, String> names(Connection connection) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM source");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        names.put(rows.getLong(1), rows.getString(2));
      }
    }
    return names;
  }
}
