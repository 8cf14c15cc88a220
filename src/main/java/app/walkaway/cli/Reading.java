package app.walkaway.cli;

import app.walkaway.analysis.Figures;
import app.walkaway.event.Event;
import app.walkaway.method.OutcomeId;
import app.walkaway.method.Playbook;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import app.walkaway.signals.readout.FromAnalysis;
import app.walkaway.signals.readout.NextSteps;
import app.walkaway.signals.readout.Readout;
import app.walkaway.signals.readout.ReadoutEngine;
import app.walkaway.signals.readout.ReadoutInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The signals and the read-out for one timeline, as the commands show them: {@code analyze} adds
 * them when given a start day, {@code readout} shows them over the vault.
 *
 * @param name his name or alias for sentences, or empty for "he"
 */
record Reading(
    String name, List<EventSignal> signals, List<Behaviour> behaviours, Readout readout) {

  static Reading of(String name, Figures figures, List<Event> events) {
    String shown = name.isBlank() ? "He" : name.strip();
    ReadoutInput input = FromAnalysis.input(shown, figures, events);
    List<Event> upToNow = ReadoutEngine.upToNow(input);
    // Found once, shown and read from: on a long history they are most of the time taken.
    List<EventSignal> signals =
        SignalDetector.forChat(SignalDetector.languageOf(upToNow)).readAll(upToNow);
    List<Behaviour> behaviours = BehaviourFinder.standard().find(upToNow, input.now());
    return new Reading(
        name.strip(),
        signals,
        behaviours,
        ReadoutEngine.standard().read(input, signals, behaviours));
  }

  /** The playbook's next steps for this outcome, with his name filled in. */
  List<ReadoutView.Step> nextSteps() {
    OutcomeId outcome = OutcomeId.valueOf(NextSteps.playbookOutcome(readout.outcome()));
    return Playbook.load().nextSteps(outcome).stream()
        .map(item -> item.fill(name))
        .map(item -> new ReadoutView.Step(item.id(), item.text()))
        .toList();
  }

  void addTo(ObjectMapper mapper, ObjectNode root) {
    root.set("signals", SignalsView.json(mapper, signals, behaviours));
    root.set("readout", ReadoutView.json(mapper, readout, nextSteps()));
  }

  String text() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.println();
    SignalsView.human(out, signals, behaviours);
    out.println();
    ReadoutView.human(out, readout, nextSteps());
    out.flush();
    return text.toString().replace("\n", System.lineSeparator());
  }
}
