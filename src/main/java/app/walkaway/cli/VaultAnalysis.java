package app.walkaway.cli;

import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PeriodName;
import app.walkaway.service.VaultFigures;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code walkaway analyze} without files: the same figures over everything in her vault (imports
 * and hand-logged events; analysis itself keeps only contact between the two of them).
 */
final class VaultAnalysis {
  private VaultAnalysis() {}

  static String render(VaultFigures found, boolean json) {
    return json
        ? json(found) + System.lineSeparator()
        : text(found) + found.reading().map(ReadingView::text).orElse("");
  }

  private static String json(VaultFigures found) {
    Figures figures = found.figures();
    ObjectNode extra = JsonDoc.object();
    found.reading().ifPresent(r -> ReadingView.addTo(JsonDoc.mapper(), extra, r));
    return JsonDoc.write(
        json -> {
          json.writeStartObject();
          json.writeNumberField("schema", AnalysisJson.SCHEMA);
          json.writeStringField("format", "vault");
          json.writeNumberField("events", found.events());
          json.writeStringField("first", AnalysisJson.time(found.first()));
          json.writeStringField("last", AnalysisJson.time(found.last()));
          AnalysisJson.settings(json, figures);
          json.writeNumberField("left_out_after_now", figures.afterNow());
          AnalysisJson.periods(json, figures);
          JsonDoc.fields(json, extra);
          json.writeEndObject();
        });
  }

  private static String text(VaultFigures found) {
    Figures figures = found.figures();
    LocalDate today = figures.settings().now().toLocalDate();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Your vault: %s from %s to %s."
            .formatted(
                Friendly.count(found.events(), "event", "events"),
                Friendly.day(found.first().toLocalDate(), today),
                Friendly.day(found.last().toLocalDate(), today)));
    for (Period period : figures.periods()) {
      if (figures.before().isEmpty() || period.name() != PeriodName.ALL) {
        lines.add("");
        lines.add(title(period, figures) + ":");
        new PeriodLines(period, "He").lines().forEach(line -> lines.add("  " + line));
      }
    }
    lines.add("");
    lines.add("These figures count what your vault holds: imported chats and what you logged.");
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private static String title(Period period, Figures figures) {
    String span = Friendly.span(period.days());
    String start = figures.settings().start().map(LocalDate::toString).orElse("");
    return switch (period.name()) {
      case ALL -> "Over everything (" + span + ")";
      case BEFORE -> "Before " + start + " (" + span + ")";
      case AFTER -> "Since " + start + " (" + span + ")";
    };
  }
}
