package app.walkaway.cli;

import app.walkaway.vault.AddResult;
import app.walkaway.vault.ExportContents.Restored;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** What an import did, for her to read or for a script to parse. */
final class ImportSummary {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One file's counts; skipped are lines read but not stored (system notices and the like);
   * restored is what else a Walkaway export brought back (plan keys, journal, evidence).
   */
  record FileLine(
      String file, String format, AddResult result, long skipped, Optional<Restored> restored) {}

  private ImportSummary() {}

  static String text(List<FileLine> lines) {
    StringBuilder out = new StringBuilder();
    for (FileLine line : lines) {
      out.append(line.file()).append(" (").append(line.format()).append("): ");
      counts(out, line.result().added(), line.result().duplicates(), line.skipped()).append('\n');
      line.restored()
          .ifPresent(
              r ->
                  out.append("  and ")
                      .append(r.plan())
                      .append(" plan settings, ")
                      .append(r.journal())
                      .append(" journal entries, ")
                      .append(r.evidence())
                      .append(" evidence items added\n"));
    }
    if (lines.size() > 1) {
      counts(out.append("In all: "), added(lines), duplicates(lines), skipped(lines)).append('\n');
    }
    return out.toString();
  }

  private static StringBuilder counts(
      StringBuilder out, long added, long duplicates, long skipped) {
    return out.append(added)
        .append(" added, ")
        .append(duplicates)
        .append(" already present, ")
        .append(skipped)
        .append(" skipped");
  }

  /** {"added": N, "duplicates": N, "skipped": N, "files": [{"file", "format", ...}]} */
  static String json(List<FileLine> lines) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("added", added(lines))
        .put("duplicates", duplicates(lines))
        .put("skipped", skipped(lines));
    ArrayNode files = root.putArray("files");
    for (FileLine line : lines) {
      files
          .addObject()
          .put("file", line.file())
          .put("format", line.format())
          .put("added", line.result().added())
          .put("duplicates", line.result().duplicates())
          .put("skipped", line.skipped());
      line.restored()
          .ifPresent(
              r ->
                  files
                      .get(files.size() - 1)
                      .withObject("/restored")
                      .put("plan", r.plan())
                      .put("journal", r.journal())
                      .put("evidence", r.evidence()));
    }
    return root.toString() + System.lineSeparator();
  }

  private static long added(List<FileLine> lines) {
    return lines.stream().mapToLong(l -> l.result().added()).sum();
  }

  private static long duplicates(List<FileLine> lines) {
    return lines.stream().mapToLong(l -> l.result().duplicates()).sum();
  }

  private static long skipped(List<FileLine> lines) {
    return lines.stream().mapToLong(FileLine::skipped).sum();
  }
}
