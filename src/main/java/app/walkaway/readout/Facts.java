package app.walkaway.readout;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlags;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourKind;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the read-out rules look at, gathered once from the input. */
final class Facts {
  /** Insults and pressure count from this long before the start: recent behaviour, not history. */
  static final Duration RECENT = Duration.ofDays(56);

  final ReadoutInput in;
  final double days;
  final List<EventSignal> signals;
  final List<Behaviour> behaviours;
  final Optional<RateRatio> initiations;
  final RedFlags redFlags;

  /**
   * @param signals the signals in the input's events up to its now
   * @param behaviours the behaviours in those events
   */
  Facts(ReadoutInput in, List<EventSignal> signals, List<Behaviour> behaviours) {
    this.in = in;
    this.days = Math.max(0, Duration.between(in.startAt(), in.now()).toSeconds() / 86_400.0);
    this.signals = List.copyOf(signals);
    this.behaviours = List.copyOf(behaviours);
    this.initiations = ratio(in.before().initiations(), in.after().initiations());
    this.redFlags = RedFlagDetector.of(signals, behaviours, in.start());
  }

  /** The events the read-out may look at: none after its now. */
  static List<Event> upToNow(ReadoutInput in) {
    return in.events().stream().filter(e -> !e.at().isAfter(in.now())).toList();
  }

  private Optional<RateRatio> ratio(long before, long after) {
    if (in.before().days() < 1 || in.after().days() < 1) {
      return Optional.empty();
    }
    return Optional.of(RateRatio.of(before, in.before().weeks(), after, in.after().weeks()));
  }

  boolean afterStart(Event e) {
    return !e.at().isBefore(in.startAt());
  }

  boolean recent(Event e) {
    return !e.at().isBefore(in.startAt().minus(RECENT));
  }

  List<EventSignal> signals(Predicate<SignalKind> kind, Predicate<Event> when) {
    return signals.stream()
        .filter(s -> kind.test(s.signal().kind()) && when.test(s.event()))
        .toList();
  }

  List<Behaviour> behaviours(Set<BehaviourKind> kinds, Predicate<Event> when) {
    return behaviours.stream()
        .filter(b -> kinds.contains(b.kind()) && b.events().stream().anyMatch(when))
        .toList();
  }

  /** Distinct messages carrying a warm bid, in a window. */
  List<Event> warmMessages(Predicate<Event> when) {
    return signals(SignalKind::isWarm, when).stream().map(EventSignal::event).distinct().toList();
  }

  Optional<Event> lastContactFromHim() {
    return in.events().stream()
        .filter(e -> e.who() == Actor.THEM && e.kind().isContact() && !e.at().isAfter(in.now()))
        .max(Event::compareTo);
  }

  Set<LocalDate> slipDays() {
    return in.events().stream()
        .filter(e -> e.kind() == Kind.SLIP && afterStart(e) && !e.at().isAfter(in.now()))
        .map(e -> e.at().toLocalDate())
        .collect(Collectors.toSet());
  }

  List<Event> slips() {
    return in.events().stream()
        .filter(e -> e.kind() == Kind.SLIP && afterStart(e) && !e.at().isAfter(in.now()))
        .toList();
  }

  LocalDateTime now() {
    return in.now();
  }
}
