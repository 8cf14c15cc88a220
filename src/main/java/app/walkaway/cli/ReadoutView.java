package app.walkaway.cli;

import app.walkaway.readout.Citation;
import app.walkaway.readout.Readout;
import app.walkaway.text.ReadoutWords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Prints a read-out for people (plain text) and for programs (JSON); shared by commands. */
final class ReadoutView {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReadoutView() {}

  /** One next step: its playbook id and its text. */
  record Step(String id, String text) {}

  static ObjectNode json(ObjectMapper mapper, Readout r, List<Step> nextSteps) {
    ObjectNode node = mapper.createObjectNode();
    node.put("outcome", r.outcome().name());
    node.put("headline", ReadoutWords.headline(r));
    node.put("days_since_start", Math.round(r.daysSinceStart() * 10) / 10.0);
    strings(node.putArray("reasons"), ReadoutWords.reasons(r));
    strings(node.putArray("figures"), ReadoutWords.figures(r));
    node.put("needed", ReadoutWords.needed(r).orElse(null));
    node.putObject("confidence")
        .put("level", r.confidence().level().label())
        .put("reason", ReadoutWords.confidence(r.confidence()));
    ArrayNode evidence = node.putArray("evidence");
    for (Citation e : r.citations()) {
      evidence
          .addObject()
          .put("at", e.at().toString())
          .put("quote", ReadoutWords.quote(e))
          .put("source", e.source().toString())
          .put("why", ReadoutWords.why(e));
    }
    strings(node.putArray("safety"), ReadoutWords.safety(r));
    ArrayNode steps = node.putArray("next_steps");
    nextSteps.forEach(step -> steps.addObject().put("id", step.id()).put("text", step.text()));
    return node;
  }

  static void human(PrintWriter out, Readout r, List<Step> nextSteps) {
    out.printf(
        Locale.ROOT,
        "Read-out: %s (%d days since you started; confidence %s)%n",
        r.outcome().name(),
        (long) r.daysSinceStart(),
        r.confidence().level().label());
    out.println(ReadoutWords.headline(r));
    List<String> safety = ReadoutWords.safety(r);
    if (!safety.isEmpty()) {
      out.println("Your safety first:");
      safety.forEach(s -> out.println("  - " + s));
    }
    out.println("Why:");
    List<String> reasons = ReadoutWords.reasons(r);
    reasons.forEach(s -> out.println("  - " + s));
    ReadoutWords.needed(r).ifPresent(n -> out.println("Still needed: " + n + "."));
    List<String> figures =
        ReadoutWords.figures(r).stream().filter(f -> !reasons.contains(f)).toList();
    if (!figures.isEmpty()) {
      out.println("Also before and since:");
      figures.forEach(s -> out.println("  - " + s));
    }
    out.println(
        "Confidence: "
            + r.confidence().level().label()
            + ". "
            + ReadoutWords.confidence(r.confidence()));
    if (!r.citations().isEmpty()) {
      out.println("What this rests on:");
      r.citations().forEach(e -> out.println("  " + line(e)));
    }
    if (!nextSteps.isEmpty()) {
      out.println("Next steps:");
      nextSteps.forEach(s -> out.println("  - " + s.text()));
    }
  }

  static String line(Citation e) {
    return WHEN.format(e.at())
        + "  "
        + e.source()
        + "  \""
        + ReadoutWords.quote(e)
        + "\"  ("
        + ReadoutWords.why(e)
        + ")";
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
