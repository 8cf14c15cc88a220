package app.walkaway.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * Reads and binds evidence_entry rows. Reading is total: every column reaches the row, so a change
 * to any stored byte shows in the entry and breaks its seal. A quote is present when any quote
 * column is set.
 */
final class EvidenceRows {
  private EvidenceRows() {}

  static EvidenceRow read(ResultSet row, List<EvidenceRow.Attachment> files) throws SQLException {
    EvidenceRow.Facts facts =
        new EvidenceRow.Facts(
            Times.fromSeconds(row.getLong(3)),
            row.getString(4),
            row.getString(5),
            row.getString(6),
            row.getString(7),
            row.getString(8),
            row.getString(9),
            row.getString(10),
            row.getString(11),
            row.getString(12));
    return new EvidenceRow(
        row.getLong(1),
        Times.fromSeconds(row.getLong(2)),
        facts,
        link(row),
        quote(row),
        files,
        EvidenceStore.orEmpty(row.getString(20)),
        EvidenceStore.orEmpty(row.getString(21)));
  }

  private static Optional<EvidenceRow.Link> link(ResultSet row) throws SQLException {
    long seq = row.getLong(13);
    boolean noSeq = row.wasNull();
    String relation = row.getString(14);
    return noSeq && relation == null
        ? Optional.empty()
        : Optional.of(new EvidenceRow.Link(seq, EvidenceStore.orEmpty(relation)));
  }

  private static Optional<EvidenceRow.QuotedMessage> quote(ResultSet row) throws SQLException {
    boolean any = false;
    for (int column = 15; column <= 19; column++) {
      any |= row.getObject(column) != null;
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(
        new EvidenceRow.QuotedMessage(
            EvidenceStore.orEmpty(row.getString(15)),
            EvidenceStore.orEmpty(row.getString(16)),
            row.getLong(17),
            EvidenceStore.orEmpty(row.getString(18)),
            Times.fromSeconds(row.getLong(19))));
  }

  static void bind(PreparedStatement insert, EvidenceRow row) throws SQLException {
    EvidenceRow.Facts facts = row.facts();
    insert.setLong(1, row.seq());
    insert.setLong(2, Times.toSeconds(row.recordedAt()));
    insert.setLong(3, Times.toSeconds(facts.occurredAt()));
    String[] texts = {
      facts.kind(),
      facts.channel(),
      facts.what(),
      facts.hisIdentifier(),
      facts.place(),
      facts.witnesses(),
      facts.injuries(),
      facts.medical(),
      facts.policeReference()
    };
    for (int i = 0; i < texts.length; i++) {
      insert.setString(4 + i, texts[i]);
    }
    bindLink(insert, row.refersTo());
    bindQuote(insert, row.quote());
    setText(insert, 20, row.prevHash());
    setText(insert, 21, row.hash());
  }

  private static void bindLink(PreparedStatement insert, Optional<EvidenceRow.Link> link)
      throws SQLException {
    if (link.isPresent()) {
      insert.setLong(13, link.get().seq());
      insert.setString(14, link.get().relation());
    } else {
      insert.setNull(13, Types.INTEGER);
      insert.setNull(14, Types.VARCHAR);
    }
  }

  private static void bindQuote(PreparedStatement insert, Optional<EvidenceRow.QuotedMessage> quote)
      throws SQLException {
    if (quote.isEmpty()) {
      for (int column = 15; column <= 19; column++) {
        insert.setNull(column, Types.VARCHAR);
      }
      return;
    }
    EvidenceRow.QuotedMessage message = quote.get();
    insert.setString(15, message.text());
    insert.setString(16, message.source());
    insert.setLong(17, message.line());
    setText(insert, 18, message.fileSha256());
    insert.setLong(19, Times.toSeconds(message.at()));
  }

  /** "" is stored as NULL: no digest, or no seal yet. */
  static void setText(PreparedStatement insert, int column, String text) throws SQLException {
    if (text.isEmpty()) {
      insert.setNull(column, Types.VARCHAR);
    } else {
      insert.setString(column, text);
    }
  }
}
