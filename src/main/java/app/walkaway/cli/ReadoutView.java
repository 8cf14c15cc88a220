package app.walkaway.cli;

import app.walkaway.signals.readout.Evidence;
import app.walkaway.signals.readout.Readout;
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
    node.put("headline", r.headline());
    node.put("days_since_start", Math.round(r.daysSinceStart() * 10) / 10.0);
    strings(node.putArray("reasons"), r.reasons());
    strings(node.putArray("figures"), r.figures());
    node.put("needed", r.needed().orElse(null));
    node.putObject("confidence")
        .put("level", r.confidence().level().label())
        .put("reason", r.confidence().reason());
    ArrayNode evidence = node.putArray("evidence");
    for (Evidence e : r.evidence()) {
      evidence
          .addObject()
          .put("at", e.at().toString())
          .put("quote", e.quote())
          .put("source", e.source())
          .put("why", e.why());
    }
    strings(node.putArray("safety"), r.safety());
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
    out.println(r.headline());
    if (!r.safety().isEmpty()) {
      out.println("Your safety first:");
      r.safety().forEach(s -> out.println("  - " + s));
    }
    out.println("Why:");
    r.reasons().forEach(s -> out.println("  - " + s));
    r.needed().ifPresent(n -> out.println("Still needed: " + n + "."));
    List<String> figures = r.figures().stream().filter(f -> !r.reasons().contains(f)).toList();
    if (!figures.isEmpty()) {
      out.println("Also before and since:");
      figures.forEach(s -> out.println("  - " + s));
    }
    out.println("Confidence: " + r.confidence().level().label() + ". " + r.confidence().reason());
    if (!r.evidence().isEmpty()) {
      out.println("What this rests on:");
      r.evidence().forEach(e -> out.println("  " + line(e)));
    }
    if (!nextSteps.isEmpty()) {
      out.println("Next steps:");
      nextSteps.forEach(s -> out.println("  - " + s.text()));
    }
  }

  static String line(Evidence e) {
    return WHEN.format(e.at()) + "  " + e.source() + "  \"" + e.quote() + "\"  (" + e.why() + ")";
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
