package app.walkaway.cli;

import app.walkaway.event.Event;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.EventSignal;
import app.walkaway.text.PatternWords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the signals in his messages and the behaviour patterns, each with what it cites. */
final class SignalsView {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private SignalsView() {}

  static ObjectNode json(ObjectMapper mapper, List<EventSignal> signals, List<Behaviour> found) {
    ObjectNode node = mapper.createObjectNode();
    ArrayNode messages = node.putArray("messages");
    byEvent(signals)
        .forEach(
            (event, list) -> {
              ObjectNode m = messages.addObject();
              m.put("at", event.at().toString()).put("source", event.source().toString());
              m.put("text", event.text());
              ArrayNode kinds = m.putArray("kinds");
              list.stream().map(s -> s.signal().kind().name()).distinct().forEach(kinds::add);
              ArrayNode matches = m.putArray("matches");
              list.forEach(
                  s ->
                      matches
                          .addObject()
                          .put("kind", s.signal().kind().name())
                          .put("rule", s.signal().rule())
                          .put("match", s.signal().match()));
            });
    ArrayNode behaviours = node.putArray("behaviours");
    for (Behaviour b : found) {
      ObjectNode o =
          behaviours
              .addObject()
              .put("kind", b.kind().name())
              .put("summary", PatternWords.summary(b));
      ArrayNode events = o.putArray("events");
      b.events()
          .forEach(
              e ->
                  events
                      .addObject()
                      .put("at", e.at().toString())
                      .put("source", e.source().toString()));
    }
    return node;
  }

  /** The most signal lines printed for people; the JSON keeps them all. */
  static final int MAX_LINES = 40;

  static void human(PrintWriter out, List<EventSignal> signals, List<Behaviour> found) {
    out.println("Signals in his messages: " + (signals.isEmpty() ? "none" : signals.size()));
    int skip = Math.max(0, signals.size() - MAX_LINES);
    if (skip > 0) {
      out.println("  (" + skip + " earlier ones left out here; --json lists them all)");
    }
    for (EventSignal s : signals.subList(skip, signals.size())) {
      out.println(
          "  "
              + WHEN.format(s.event().at())
              + "  "
              + s.event().source()
              + "  "
              + s.signal().kind().label()
              + ": \""
              + s.signal().match()
              + "\" ("
              + s.signal().rule()
              + ")");
    }
    out.println("Patterns in what he does: " + (found.isEmpty() ? "none" : found.size()));
    for (Behaviour b : found) {
      out.println(
          "  "
              + b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
              + ": "
              + PatternWords.summary(b)
              + " (first "
              + b.first().source()
              + ")");
    }
  }

  private static Map<Event, List<EventSignal>> byEvent(List<EventSignal> signals) {
    Map<Event, List<EventSignal>> map = new LinkedHashMap<>();
    signals.forEach(s -> map.computeIfAbsent(s.event(), e -> new java.util.ArrayList<>()).add(s));
    return map;
  }
}
