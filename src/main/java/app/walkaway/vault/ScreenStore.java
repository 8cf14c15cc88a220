package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each answering of the risk screen (V4's risk_screen), oldest first; all are kept. */
public final class ScreenStore {
  private final Transactions transactions;

  ScreenStore(Transactions transactions) {
    this.transactions = transactions;
  }

  public void add(ScreenRecord record) {
    transactions.sql(
        "saving the risk screen",
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO risk_screen (at, answers, outcome) VALUES (?, ?, ?)")) {
            insert.setLong(1, Times.toSeconds(record.at()));
            insert.setString(2, record.answers());
            insert.setString(3, record.outcome());
            return insert.executeUpdate();
          }
        });
  }

  public List<ScreenRecord> all() {
    return transactions.sql(
        "reading the risk screens",
        c -> {
          List<ScreenRecord> records = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT at, answers, outcome FROM risk_screen ORDER BY at, id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              records.add(
                  new ScreenRecord(
                      Times.fromSeconds(rows.getLong(1)), rows.getString(2), rows.getString(3)));
            }
          }
          return records;
        });
  }

  public Optional<ScreenRecord> latest() {
    List<ScreenRecord> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
