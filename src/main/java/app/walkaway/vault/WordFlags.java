package app.walkaway.vault;

import app.walkaway.event.Event;
import app.walkaway.signals.Signal;
import app.walkaway.signals.SignalDetector;
import app.walkaway.signals.SignalKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;

/**
 * His words read as red flags (a threat, an insult, pressure, stalking, a threat of self-harm),
 * found by the signals lexicons when an event is stored and kept in {@code word_flag} (V3), so the
 * read-out counts them from any time without reading every text again.
 */
final class WordFlags implements AutoCloseable {
  private static final String INSERT =
      "INSERT OR IGNORE INTO word_flag (fingerprint, occurrence, kind) VALUES (?, ?, ?)";
  private static final SignalDetector DETECTOR = SignalDetector.standard();

  /** For a vault built at an older version (test fixtures), which has no word_flag table. */
  static final WordFlags NONE = new WordFlags();

  private final PreparedStatement insert;

  WordFlags(Connection c) throws SQLException {
    this.insert = c.prepareStatement(INSERT);
  }

  private WordFlags() {
    this.insert = null;
  }

  /** The red-flag kinds in one event: only his words count (as the detector decides). */
  static Set<SignalKind> of(Event event) {
    return redFlags(DETECTOR.read(event));
  }

  private static Set<SignalKind> redFlags(Iterable<Signal> signals) {
    Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    for (Signal signal : signals) {
      if (signal.kind().isRedFlag()) {
        kinds.add(signal.kind());
      }
    }
    return kinds;
  }

  /** Queues the flags of one stored event for {@link #flush}. */
  void add(Set<SignalKind> kinds, long fingerprint, int occurrence) throws SQLException {
    if (insert == null) {
      return;
    }
    for (SignalKind kind : kinds) {
      insert.setLong(1, fingerprint);
      insert.setInt(2, occurrence);
      insert.setString(3, kind.name());
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
   * Reads his words again when the flags were read with other lexicons than this Walkaway's: once
   * after the upgrade to version 3, and once after an update that changed a lexicon. Runs in the
   * caller's transaction. Checking costs one tiny query and a digest of the lexicon files.
   */
  static void refresh(Connection c) throws SQLException {
    String current = Lexicons.digest();
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT lexicons FROM word_flag_read")) {
      if (rows.next() && rows.getString(1).equals(current)) {
        return;
      }
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM word_flag");
    }
    readAll(c);
    try (PreparedStatement update = c.prepareStatement("UPDATE word_flag_read SET lexicons = ?")) {
      update.setString(1, current);
      update.executeUpdate();
    }
  }

  private static void readAll(Connection c) throws SQLException {
    try (WordFlags flags = new WordFlags(c);
        PreparedStatement select =
            c.prepareStatement(
                "SELECT text, fingerprint, occurrence FROM event WHERE who = 'THEM'");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String text = rows.getString(1);
        Set<SignalKind> kinds = text.isBlank() ? Set.of() : redFlags(DETECTOR.read(text));
        flags.add(kinds, rows.getLong(2), rows.getInt(3));
      }
      flags.flush();
    }
  }
}
