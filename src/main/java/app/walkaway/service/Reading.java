package app.walkaway.service;

import app.walkaway.analysis.Figures;
import app.walkaway.event.Event;
import app.walkaway.method.Item;
import app.walkaway.method.Playbook;
import app.walkaway.readout.FromAnalysis;
import app.walkaway.readout.Readout;
import app.walkaway.readout.ReadoutEngine;
import app.walkaway.readout.ReadoutInput;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlags;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import java.util.List;

/**
 * The signals and the read-out for one timeline: what {@code analyze} adds with a start day, and
 * what a read-out over the vault shows.
 *
 * @param name his name or alias as she gave it, or empty for "he"
 * @param signals what his words signal, each with the event it was read in
 * @param behaviours patterns in what he does
 * @param readout the answer
 * @param nextSteps the playbook's next steps for that answer, his name filled in
 * @param redFlags the warning signs among the signals and patterns, as the one detector reads them
 */
public record Reading(
    String name,
    List<EventSignal> signals,
    List<Behaviour> behaviours,
    Readout readout,
    List<Item> nextSteps,
    RedFlags redFlags) {
  public Reading {
    signals = List.copyOf(signals);
    behaviours = List.copyOf(behaviours);
    nextSteps = List.copyOf(nextSteps);
  }

  /** Reads {@code events} (time-sorted) with {@code figures} made with a start day. */
  static Reading of(String name, Figures figures, List<Event> events) {
    String shown = name.isBlank() ? "He" : name.strip();
    ReadoutInput input = FromAnalysis.input(shown, figures, events);
    List<Event> upToNow = ReadoutEngine.upToNow(input);
    // Found once, shown and read from: on a long history they are most of the time taken.
    List<EventSignal> signals =
        SignalDetector.forChat(SignalDetector.languageOf(upToNow)).readAll(upToNow);
    List<Behaviour> behaviours = BehaviourFinder.standard().find(upToNow, input.now());
    Readout readout = ReadoutEngine.standard().read(input, signals, behaviours);
    return new Reading(
        name.strip(),
        signals,
        behaviours,
        readout,
        nextSteps(readout, name),
        RedFlagDetector.of(signals, behaviours, input.start()));
  }

  private static List<Item> nextSteps(Readout readout, String name) {
    return Playbook.load().nextSteps(readout.playbook()).stream()
        .map(item -> item.fill(name.strip()))
        .toList();
  }
}
