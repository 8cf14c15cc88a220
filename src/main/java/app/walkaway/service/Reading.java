package app.walkaway.service;

import app.walkaway.analysis.Figures;
import app.walkaway.event.Event;
import app.walkaway.event.Marked;
import app.walkaway.method.Item;
import app.walkaway.method.Playbook;
import app.walkaway.readout.FromAnalysis;
import app.walkaway.readout.Readout;
import app.walkaway.readout.ReadoutEngine;
import app.walkaway.readout.ReadoutInput;
import app.walkaway.safety.HerMarks;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlags;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.ChatLanguage;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import java.util.List;
import java.util.Objects;

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
 * @param marks her own marks on his messages, which the read-out honoured ("marked by you")
 * @param language the chat's language as told from his messages: when it is one without a lexicon,
 *     no signals means nothing was read, and she is told so
 */
public record Reading(
    String name,
    List<EventSignal> signals,
    List<Behaviour> behaviours,
    Readout readout,
    List<Item> nextSteps,
    RedFlags redFlags,
    List<Marked> marks,
    ChatLanguage language) {
  /** The ids of the playbook's safety steps: all an UNSAFE read-out's next steps. */
  static final String SAFETY_STEPS = "safety.";

  public Reading {
    Objects.requireNonNull(language, "language");
    marks = List.copyOf(marks);
    signals = List.copyOf(signals);
    behaviours = List.copyOf(behaviours);
    nextSteps = List.copyOf(nextSteps);
  }

  /** Reads {@code events} (time-sorted) with {@code figures} made with a start day. */
  static Reading of(String name, Figures figures, List<Event> events) {
    return of(name, figures, events, List.of());
  }

  /** As {@link #of(String, Figures, List)}, honouring her marks over the word rules. */
  static Reading of(String name, Figures figures, List<Event> events, List<Marked> marks) {
    String shown = name.isBlank() ? "He" : name.strip();
    ReadoutInput input = FromAnalysis.input(shown, figures, events).withMarks(marks);
    List<Event> upToNow = ReadoutEngine.upToNow(input);
    // Found once, shown and read from: on a long history they are most of the time taken.
    ChatLanguage language = SignalDetector.languageOf(upToNow);
    List<EventSignal> signals = SignalDetector.forChat(language).readAll(upToNow);
    List<Behaviour> behaviours = BehaviourFinder.standard().find(upToNow, input.now());
    Readout readout = ReadoutEngine.standard().read(input, signals, behaviours);
    return new Reading(
        name.strip(),
        HerMarks.withoutMarked(signals, marks),
        behaviours,
        readout,
        nextSteps(readout, name),
        RedFlagDetector.of(signals, behaviours, input.start(), marks),
        marks,
        language);
  }

  /**
   * The playbook's next steps; an UNSAFE read-out speaks only of safety (VOICE.md rule 4), so it
   * keeps only the playbook's safety steps, never its reading of his feelings ("a little worry
   * about losing you can be healthy" must never stand beside a threat).
   */
  private static List<Item> nextSteps(Readout readout, String name) {
    return Playbook.load().nextSteps(readout.playbook()).stream()
        .filter(item -> !readout.safetyFirst() || item.id().startsWith(SAFETY_STEPS))
        .map(item -> item.fill(name.strip()))
        .toList();
  }
}
