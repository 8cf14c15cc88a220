package app.walkaway.cli;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PeriodName;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.vault.Vault;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code walkaway analyze} without files: the same figures over everything in her vault (imports
 * and hand-logged events; analysis itself keeps only contact between the two of them).
 */
final class VaultAnalysis {
  private VaultAnalysis() {}

  static String render(VaultOptions options, Settings settings, boolean json) {
    List<Event> events;
    try (Vault vault = options.open()) {
      events = vault.events().all();
    }
    if (events.stream().noneMatch(e -> e.kind().isContact())) {
      throw new AnalyzeException(
          "your vault holds no messages yet. Import an export first (walkaway import FILE --me"
              + " NAME), or name export files here.");
    }
    Figures figures = Analysis.analyze(events, settings);
    Optional<Reading> reading = settings.start().map(day -> Reading.of("", figures, events));
    return json
        ? json(events, figures, reading) + System.lineSeparator()
        : text(events, figures) + reading.map(Reading::text).orElse("");
  }

  private static String json(List<Event> events, Figures figures, Optional<Reading> reading) {
    ObjectNode extra = JsonDoc.object();
    reading.ifPresent(r -> r.addTo(JsonDoc.mapper(), extra));
    return JsonDoc.write(
        json -> {
          json.writeStartObject();
          json.writeNumberField("schema", AnalysisJson.SCHEMA);
          json.writeStringField("format", "vault");
          json.writeNumberField("events", events.size());
          json.writeStringField("first", AnalysisJson.time(events.get(0).at()));
          json.writeStringField("last", AnalysisJson.time(events.get(events.size() - 1).at()));
          AnalysisJson.settings(json, figures);
          json.writeNumberField("left_out_after_now", figures.afterNow());
          AnalysisJson.periods(json, figures);
          JsonDoc.fields(json, extra);
          json.writeEndObject();
        });
  }

  private static String text(List<Event> events, Figures figures) {
    LocalDate today = figures.settings().now().toLocalDate();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Your vault: %s from %s to %s."
            .formatted(
                Friendly.count(events.size(), "event", "events"),
                Friendly.day(events.get(0).at().toLocalDate(), today),
                Friendly.day(events.get(events.size() - 1).at().toLocalDate(), today)));
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
