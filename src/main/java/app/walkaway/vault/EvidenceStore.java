package app.walkaway.vault;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Her evidence journal (V4): entries in the order recorded, with the files kept with them. Rows are
 * only ever added (the schema's triggers refuse changes); the one update is giving an entry
 * awaiting its seal its seal.
 */
public final class EvidenceStore {
  /** A kept file larger than this is refused before it is read: memory stays bounded. */
  public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

  private static final String COLUMNS =
      "seq, recorded_at, occurred_at, kind, channel, what, his_identifier, place, witnesses,"
          + " injuries, medical, police_reference, refers_to, relation, quote_text, quote_source,"
          + " quote_line, quote_file_sha256, quote_at, prev_hash, hash";

  private final Transactions transactions;

  EvidenceStore(Transactions transactions) {
    this.transactions = transactions;
  }

  /** A kept file as stored now: the SHA-256 of its bytes, or "" when it has none. */
  public record StoredFile(long seq, int position, String sha256) {}

  /** Every entry, by number. */
  public List<EvidenceRow> all() {
    return transactions.sql(
        "reading the evidence",
        c -> {
          Map<Long, List<EvidenceRow.Attachment>> files = attachments(c);
          List<EvidenceRow> rows = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_entry ORDER BY seq");
              ResultSet result = select.executeQuery()) {
            while (result.next()) {
              rows.add(EvidenceRows.read(result, files.getOrDefault(result.getLong(1), List.of())));
            }
          }
          return rows;
        });
  }

  /** The last entry, if any. */
  public Optional<EvidenceRow> last() {
    List<EvidenceRow> rows = all();
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }

  /**
   * Adds a sealed entry after the last one, with the bytes of its files ({@code null} for a name
   * alone), in one transaction. Refuses if the journal changed since the entry was sealed (its
   * number or link no longer follows the last entry), or if entries await their seal.
   */
  public void append(EvidenceRow row, List<byte[]> contents) {
    transactions.sql(
        "saving the evidence",
        c -> {
          requireFollowsLast(c, row);
          insert(c, row, contents);
          return null;
        });
  }

  /** Entries awaiting their seal, by number (they are always the last ones). */
  public List<EvidenceRow> pending() {
    return all().stream().filter(r -> r.hash().isEmpty()).toList();
  }

  /** Gives an entry awaiting its seal its seal. */
  public void seal(long seq, String prevHash, String hash) {
    transactions.sql(
        "sealing the evidence",
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE evidence_entry SET prev_hash = ?, hash = ? WHERE seq = ? AND hash IS"
                      + " NULL")) {
            update.setString(1, prevHash);
            update.setString(2, hash);
            update.setLong(3, seq);
            if (update.executeUpdate() != 1) {
              throw new VaultException(
                  transactions.file() + ": evidence entry " + seq + " is not awaiting a seal");
            }
          }
          return null;
        });
  }

  /** Each kept file's SHA-256 as its bytes read now, streamed one file at a time. */
  public List<StoredFile> storedFiles() {
    return transactions.sql(
        "reading the kept files",
        c -> {
          List<StoredFile> files = new ArrayList<>();
          try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT entry, position, content FROM evidence_attachment"
                          + " ORDER BY entry, position");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              try (InputStream content = rows.getBinaryStream(3)) {
                String digest = content == null ? "" : Digests.sha256(content);
                files.add(new StoredFile(rows.getLong(1), rows.getInt(2), digest));
              }
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return files;
        });
  }

  /** The bytes of one kept file, if it has any. */
  public Optional<byte[]> content(long seq, int position) {
    return transactions.sql(
        "reading a kept file",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT content FROM evidence_attachment WHERE entry = ? AND position = ?")) {
            select.setLong(1, seq);
            select.setInt(2, position);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  /** The next entry's number. */
  public long nextSeq() {
    return transactions.sql("reading the evidence", EvidenceStore::nextSeq);
  }

  static long nextSeq(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM evidence_entry");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void requireFollowsLast(Connection c, EvidenceRow row) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT seq, hash FROM evidence_entry ORDER BY seq DESC LIMIT 1");
        ResultSet rows = select.executeQuery()) {
      boolean any = rows.next();
      long expected = any ? rows.getLong(1) + 1 : 1;
      String lastHash = any ? rows.getString(2) : null;
      if (any && lastHash == null) {
        throw new VaultException(
            transactions.file() + ": entries await their seal; seal them before adding one");
      }
      if (row.seq() != expected || (any && !lastHash.equals(row.prevHash()))) {
        throw new VaultException(
            transactions.file()
                + ": the evidence journal changed while this entry was being written (expected"
                + " entry "
                + expected
                + "); nothing was saved");
      }
    }
  }

  /** Inserts a row as given, sealed or awaiting its seal. */
  static void insert(Connection c, EvidenceRow row, List<byte[]> contents) throws SQLException {
    if (contents.size() != row.attachments().size()) {
      throw new IllegalArgumentException("one content per attachment, null for a name alone");
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO evidence_entry ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      EvidenceRows.bind(insert, row);
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO evidence_attachment (entry, position, name, sha256, size, content)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < contents.size(); i++) {
        EvidenceRow.Attachment file = row.attachments().get(i);
        insert.setLong(1, row.seq());
        insert.setInt(2, file.position());
        insert.setString(3, file.name());
        EvidenceRows.setText(insert, 4, file.sha256());
        insert.setLong(5, file.size());
        if (contents.get(i) == null) {
          insert.setNull(6, Types.BLOB);
        } else {
          insert.setBytes(6, contents.get(i));
        }
        insert.executeUpdate();
      }
    }
  }

  private static Map<Long, List<EvidenceRow.Attachment>> attachments(Connection c)
      throws SQLException {
    Map<Long, List<EvidenceRow.Attachment>> files = new HashMap<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT entry, position, name, sha256, size FROM evidence_attachment"
                    + " ORDER BY entry, position");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        files
            .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
            .add(
                new EvidenceRow.Attachment(
                    rows.getInt(2),
                    rows.getString(3),
                    orEmpty(rows.getString(4)),
                    rows.getLong(5)));
      }
    }
    return files;
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
