package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Her journal, in time order. An identical entry (same time and words) is stored once. */
public final class JournalStore {
  private final Transactions transactions;

  JournalStore(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Adds entries; returns how many were new. */
  public long add(Collection<JournalEntry> entries) {
    return transactions.sql(
        "saving the journal",
        c -> {
          long added = 0;
          try (PreparedStatement insert =
              c.prepareStatement("INSERT OR IGNORE INTO journal (at, text) VALUES (?, ?)")) {
            for (JournalEntry entry : entries) {
              insert.setLong(1, Times.toSeconds(entry.at()));
              insert.setString(2, entry.text());
              added += insert.executeUpdate();
            }
          }
          return added;
        });
  }

  public boolean add(JournalEntry entry) {
    return add(List.of(entry)) > 0;
  }

  public List<JournalEntry> all() {
    return transactions.sql(
        "reading the journal",
        c -> {
          List<JournalEntry> entries = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement("SELECT at, text FROM journal ORDER BY at, id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              entries.add(new JournalEntry(Times.fromSeconds(rows.getLong(1)), rows.getString(2)));
            }
          }
          return entries;
        });
  }
}
