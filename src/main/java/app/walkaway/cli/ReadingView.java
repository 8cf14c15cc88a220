package app.walkaway.cli;

import app.walkaway.method.Item;
import app.walkaway.service.Reading;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** A {@link Reading} as {@code analyze} and {@code readout} show it: signals, then the read-out. */
final class ReadingView {
  private ReadingView() {}

  static void addTo(ObjectMapper mapper, ObjectNode root, Reading reading) {
    root.set("signals", SignalsView.json(mapper, reading.signals(), reading.behaviours()));
    root.set("readout", ReadoutView.json(mapper, reading.readout(), steps(reading)));
    root.set("red_flags", RedFlagsView.json(mapper, reading.redFlags()));
  }

  static String text(Reading reading) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println();
    SignalsView.human(out, reading.signals(), reading.behaviours());
    out.println();
    ReadoutView.human(out, reading.readout(), steps(reading));
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
