package app.walkaway.cli;

import app.walkaway.event.Marked;
import app.walkaway.method.Item;
import app.walkaway.service.Reading;
import app.walkaway.text.MarkWords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** A {@link Reading} as {@code analyze} and {@code readout} show it: signals, then the read-out. */
final class ReadingView {
  private ReadingView() {}

  static void addTo(ObjectMapper mapper, ObjectNode root, Reading reading) {
    ObjectNode signals = SignalsView.json(mapper, reading.signals(), reading.behaviours());
    SignalsView.language(signals, reading.language());
    root.set("signals", signals);
    root.set("readout", ReadoutView.json(mapper, reading.readout(), steps(reading)));
    root.set("red_flags", RedFlagsView.json(mapper, reading.redFlags()));
    ArrayNode marked = root.putArray("marked_by_you");
    for (Marked m : reading.marks()) {
      marked
          .addObject()
          .put("at", m.event().at().toString())
          .put("source", m.event().source().toString())
          .put("quote", m.event().text())
          .put("mark", m.mark().label());
    }
  }

  static String text(Reading reading) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println();
    SignalsView.human(out, reading.signals(), reading.behaviours(), reading.language());
    out.println();
    ReadoutView.human(out, reading.readout(), steps(reading));
    if (!reading.marks().isEmpty()) {
      out.println("Marked by you (your reading wins over the rules):");
      reading
          .marks()
          .forEach(
              m -> out.println("  " + MarkWords.what(m.mark()) + ": " + MarkWords.line(m.event())));
    }
    out.flush();
    return text.toString().replace("\n", System.lineSeparator());
  }

  private static List<ReadoutView.Step> steps(Reading reading) {
    return reading.nextSteps().stream().map(ReadingView::step).toList();
  }

  private static ReadoutView.Step step(Item item) {
    return new ReadoutView.Step(item.id(), item.text());
  }
}
