package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Her plan and readiness answers as keys and values. Values are text, usually a small JSON
 * document; name keys by owner, e.g. {@code plan.start}, {@code readiness.answers}.
 */
public final class PlanStore {
  private final Transactions transactions;

  PlanStore(Transactions transactions) {
    this.transactions = transactions;
  }

  public void put(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    transactions.sql(
        "saving the plan",
        c -> {
          try (PreparedStatement put =
              c.prepareStatement("INSERT OR REPLACE INTO plan (key, value) VALUES (?, ?)")) {
            put.setString(1, key);
            put.setString(2, value);
            return put.executeUpdate();
          }
        });
  }

  /** Stores the value only if the key is not set yet; true if it was stored. */
  public boolean putIfAbsent(String key, String value) {
    return transactions.sql(
        "saving the plan",
        c -> {
          try (PreparedStatement put =
              c.prepareStatement("INSERT OR IGNORE INTO plan (key, value) VALUES (?, ?)")) {
            put.setString(1, key);
            put.setString(2, value);
            return put.executeUpdate() > 0;
          }
        });
  }

  public Optional<String> find(String key) {
    return Optional.ofNullable(all().get(key));
  }

  public void remove(String key) {
    transactions.sql(
        "saving the plan",
        c -> {
          try (PreparedStatement delete = c.prepareStatement("DELETE FROM plan WHERE key = ?")) {
            delete.setString(1, key);
            return delete.executeUpdate();
          }
        });
  }

  /** Every key and value, sorted by key. */
  public Map<String, String> all() {
    return transactions.sql(
        "reading the plan",
        c -> {
          Map<String, String> plan = new LinkedHashMap<>();
          try (PreparedStatement select =
                  c.prepareStatement("SELECT key, value FROM plan ORDER BY key");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              plan.put(rows.getString(1), rows.getString(2));
            }
          }
          return plan;
        });
  }
}
