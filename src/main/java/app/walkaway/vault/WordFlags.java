package app.walkaway.vault;

import app.walkaway.event.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * His words read as red flags (a threat, an insult, pressure, stalking, a threat of self-harm), as
 * the {@link WordFlagger} the service hands over reads them when an event is stored, kept in {@code
 * word_flag} (V3), so the read-out counts them from any time without reading every text again.
 */
final class WordFlags implements AutoCloseable {
  private static final String INSERT =
      "INSERT OR IGNORE INTO word_flag (fingerprint, occurrence, kind) VALUES (?, ?, ?)";

  /** For a vault built at an older version (test fixtures), which has no word_flag table. */
  static final WordFlags NONE = new WordFlags();

  private final PreparedStatement insert;

  WordFlags(Connection c) throws SQLException {
    this.insert = c.prepareStatement(INSERT);
  }

  private WordFlags() {
    this.insert = null;
  }

  /** Queues the flags of one stored event for {@link #flush}. */
  void add(Set<String> kinds, long fingerprint, int occurrence) throws SQLException {
    if (insert == null) {
      return;
    }
    for (String kind : kinds) {
      insert.setLong(1, fingerprint);
      insert.setInt(2, occurrence);
      insert.setString(3, kind);
      insert.addBatch();
    }
  }

  void flush() throws SQLException {
    if (insert != null) {
      insert.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    if (insert != null) {
      insert.close();
    }
  }

  /**
   * Reads his words again when the flags were read with other rules than {@code flagger}'s: once
   * after the upgrade to version 3, and once after an update that changed a lexicon. Runs in the
   * caller's transaction. Checking costs one tiny query; {@link WordFlagger#NONE} never re-reads.
   */
  static void refresh(Connection c, WordFlagger flagger) throws SQLException {
    if (flagger == WordFlagger.NONE) {
      return;
    }
    String current = flagger.version();
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT lexicons FROM word_flag_read")) {
      if (rows.next() && rows.getString(1).equals(current)) {
        return;
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM word_flag");
    }
    readAll(c, flagger);
    try (PreparedStatement update = c.prepareStatement("UPDATE word_flag_read SET lexicons = ?")) {
      update.setString(1, current);
      update.executeUpdate();
    }
  }

  private static void readAll(Connection c, WordFlagger flagger) throws SQLException {
    try (WordFlags flags = new WordFlags(c);
        PreparedStatement select =
            c.prepareStatement(
                "SELECT text, fingerprint, occurrence FROM event WHERE who = 'THEM'");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String text = rows.getString(1);
        Set<String> kinds = text.isBlank() ? Set.of() : flagger.flags(Actor.THEM, text);
        flags.add(kinds, rows.getLong(2), rows.getInt(3));
      }
      flags.flush();
    }
  }
}
