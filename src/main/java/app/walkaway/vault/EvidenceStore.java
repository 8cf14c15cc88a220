package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Her evidence log, in time order. An identical item (time, category, words) is stored once. */
public final class EvidenceStore {
  private final Transactions transactions;

  EvidenceStore(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Adds items; returns how many were new. */
  public long add(Collection<EvidenceItem> items) {
    return transactions.sql(
        "saving the evidence",
        c -> {
          long added = 0;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO evidence (at, category, text, attachment)"
                      + " VALUES (?, ?, ?, ?)")) {
            for (EvidenceItem item : items) {
              insert.setLong(1, Times.toSeconds(item.at()));
              insert.setString(2, item.category());
              insert.setString(3, item.text());
              insert.setString(4, item.attachment());
              added += insert.executeUpdate();
            }
          }
          return added;
        });
  }

  public boolean add(EvidenceItem item) {
    return add(List.of(item)) > 0;
  }

  public List<EvidenceItem> all() {
    return transactions.sql(
        "reading the evidence",
        c -> {
          List<EvidenceItem> items = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT at, category, text, attachment FROM evidence ORDER BY at, id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              items.add(
                  new EvidenceItem(
                      Times.fromSeconds(rows.getLong(1)),
                      rows.getString(2),
                      rows.getString(3),
                      rows.getString(4)));
            }
          }
          return items;
        });
  }
}
