package app.walkaway.cli;

import app.walkaway.service.ImportSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an import did, for her to read or for a script to parse. */
final class ImportSummaryView {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ImportSummaryView() {}

  static String text(ImportSummary summary) {
    StringBuilder out = new StringBuilder();
    for (ImportSummary.File line : summary.files()) {
      out.append(line.file()).append(" (").append(line.format()).append("): ");
      counts(out, line.added(), line.alreadyPresent(), line.skipped()).append('\n');
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
    if (summary.files().size() > 1) {
      counts(out.append("In all: "), summary.added(), summary.alreadyPresent(), summary.skipped())
          .append('\n');
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
  static String json(ImportSummary summary) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("added", summary.added())
        .put("duplicates", summary.alreadyPresent())
        .put("skipped", summary.skipped());
    ArrayNode files = root.putArray("files");
    for (ImportSummary.File line : summary.files()) {
      ObjectNode file =
          files
              .addObject()
              .put("file", line.file().toString())
              .put("format", line.format())
              .put("added", line.added())
              .put("duplicates", line.alreadyPresent())
              .put("skipped", line.skipped());
      line.restored()
          .ifPresent(
              r ->
                  file.putObject("restored")
                      .put("plan", r.plan())
                      .put("journal", r.journal())
                      .put("evidence", r.evidence()));
    }
    return root.toString() + System.lineSeparator();
  }
}
