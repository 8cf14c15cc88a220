package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.safety.evidence.Verification;
import app.walkaway.vault.Vault;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changing any stored byte of any entry, with raw SQL on a real encrypted vault (its triggers
 * dropped first, as someone with the passphrase could), is found and located at that entry; put
 * back, the chain checks out again.
 */
class EvidenceTamperTest {
  @TempDir Path dir;
  private VaultSession vault;
  private EvidenceJournal journal;

  @BeforeEach
  void setUp() {
    vault = Journals.newVault(dir);
    journal = Journals.threeEntries(vault);
    foreignKeysOff();
    sql("DROP TRIGGER evidence_entry_never_changes");
    sql("DROP TRIGGER evidence_entry_never_removed");
    sql("DROP TRIGGER evidence_attachment_never_changes");
    sql("DROP TRIGGER evidence_attachment_never_removed");
    assertThat(journal.verify().verification()).isInstanceOf(Verification.Intact.class);
  }

  @AfterEach
  void tearDown() {
    vault.close();
  }

  @Test
  void changingAnyColumnOfAnyEntryIsFoundAtThatEntry() {
    List<String> columns = columns("evidence_entry");
    assertThat(columns).hasSize(21);
    for (long seq = 1; seq <= 3; seq++) {
      for (String column : columns) {
        String where = "seq = " + (column.equals("seq") ? seq + 100 : seq);
        String original = value("evidence_entry", column, "seq = " + seq);
        sql(
            "UPDATE evidence_entry SET "
                + column
                + " = "
                + changed(column)
                + " WHERE seq = "
                + seq);

        Verification found = journal.verify().verification();

        assertThat(found).as(column + " of entry " + seq).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) found).seq())
            .as(column + " of entry " + seq)
            .isEqualTo(seq);
        sql("UPDATE evidence_entry SET " + column + " = " + original + " WHERE " + where);
        assertThat(journal.verify().verification())
            .as("put back")
            .isInstanceOf(Verification.Intact.class);
      }
    }
  }

  @Test
  void changingAnyColumnOfAKeptFileIsFoundAtItsEntry() {
    for (String column : columns("evidence_attachment")) {
      if (column.equals("id")) {
        continue; // the row's own number: not part of what the entry records
      }
      for (int position = 0; position < 2; position++) {
        String where = "entry = 1 AND position = " + position;
        String original = value("evidence_attachment", column, where);
        long id = Long.parseLong(value("evidence_attachment", "id", where));
        sql(
            "UPDATE evidence_attachment SET "
                + column
                + " = "
                + changed(column)
                + " WHERE id = "
                + id);

        Verification found = journal.verify().verification();

        assertThat(found).as(column).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) found).seq()).as(column).isEqualTo(1);
        sql("UPDATE evidence_attachment SET " + column + " = " + original + " WHERE id = " + id);
        assertThat(journal.verify().verification()).isInstanceOf(Verification.Intact.class);
      }
    }
  }

  @Test
  void oneFlippedByteInAKeptFileIsNamedAsAChangedFile() {
    sql(
        "UPDATE evidence_attachment SET content = x'ff' || substr(content, 2) WHERE entry = 1 AND position = 1");

    assertThat(journal.verify().verification())
        .isEqualTo(new Verification.Broken(1, Verification.Problem.ATTACHMENT_CHANGED, 0));
  }

  @Test
  void removingAnEntryIsFoundWhereItWas() {
    sql("DELETE FROM evidence_entry WHERE seq = 2");

    assertThat(journal.verify().verification())
        .isEqualTo(new Verification.Broken(2, Verification.Problem.MISSING, 1));
  }

  @Test
  void rewritingAnEntryAndResealingItBreaksTheNextLink() {
    sql("UPDATE evidence_entry SET what = 'Nothing happened.' WHERE seq = 2");
    var entry = journal.require(2);
    var resealed =
        app.walkaway.safety.evidence.Chain.seal(
            2, entry.prevHash(), entry.recordedAt(), entry.incident());
    sql("UPDATE evidence_entry SET hash = '" + resealed.hash() + "' WHERE seq = 2");

    assertThat(journal.verify().verification())
        .isEqualTo(new Verification.Broken(3, Verification.Problem.LINK_BROKEN, 2));
  }

  /** A value that differs from the stored one, whatever its type, as an SQL expression. */
  private static String changed(String column) {
    if (column.equals("seq")) {
      return "seq + 100";
    }
    if (column.equals("position")) {
      return "position + 10";
    }
    if (column.equals("entry")) {
      return "3";
    }
    return "CASE typeof("
        + column
        + ")"
        + " WHEN 'null' THEN 'x'"
        + " WHEN 'integer' THEN "
        + column
        + " + 1"
        + " WHEN 'blob' THEN x'ff' || substr("
        + column
        + ", 2)"
        + " WHEN 'text' THEN CASE WHEN length("
        + column
        + ") = 0 THEN 'x'"
        + "   ELSE substr("
        + column
        + ", 1, length("
        + column
        + ") - 1)"
        + "     || char(unicode(substr("
        + column
        + ", -1)) + 1) END"
        + " END";
  }

  private List<String> columns(String table) {
    return raw(
        v ->
            v.jdbc(
                c -> {
                  List<String> names = new ArrayList<>();
                  try (Statement s = c.createStatement();
                      ResultSet rows = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rows.next()) {
                      names.add(rows.getString("name"));
                    }
                  }
                  return names;
                }));
  }

  /** The stored value as an SQL literal, to put it back. */
  private String value(String table, String column, String where) {
    return raw(
        v ->
            v.jdbc(
                c -> {
                  try (Statement s = c.createStatement();
                      ResultSet rows =
                          s.executeQuery(
                              "SELECT quote(" + column + ") FROM " + table + " WHERE " + where)) {
                    rows.next();
                    return rows.getString(1);
                  }
                }));
  }

  /** As someone editing the file would: the pragma only takes effect outside a transaction. */
  private void foreignKeysOff() {
    raw(
        v ->
            v.jdbc(
                c -> {
                  c.commit();
                  c.setAutoCommit(true);
                  try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA foreign_keys = OFF");
                  }
                  c.setAutoCommit(false);
                  return null;
                }));
  }

  private void sql(String statement) {
    raw(
        v ->
            v.jdbc(
                c -> {
                  try (Statement s = c.createStatement()) {
                    return s.executeUpdate(statement);
                  }
                }));
  }

  /** Raw SQL on the session's open vault, as someone holding the file and passphrase could. */
  private <T> T raw(Function<Vault, T> doing) {
    return vault.read(doing);
  }
}
