package app.walkaway.signals;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds behaviour patterns in a timeline. Pure: events later than {@code now} are ignored, nothing
 * is read from the clock.
 */
public final class BehaviourFinder {
  private final BehaviourRules rules;

  public BehaviourFinder(BehaviourRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public static BehaviourFinder standard() {
    return new BehaviourFinder(BehaviourRules.DEFAULT);
  }

  /** Every pattern found, in time order of the first event each cites. */
  public List<Behaviour> find(List<Event> events, LocalDateTime now) {
    Objects.requireNonNull(now, "now");
    List<Event> timeline = events.stream().filter(e -> !e.at().isAfter(now)).sorted().toList();
    List<Behaviour> found = new ArrayList<>();
    found.addAll(callBursts(timeline));
    found.addAll(floods(timeline));
    lateNights(timeline).ifPresent(found::add);
    afterBoundary(timeline).ifPresent(found::add);
    everyOf(timeline, Kind.VISIT, BehaviourKind.SHOWED_UP).ifPresent(found::add);
    everyOf(timeline, Kind.VIA_FRIENDS, BehaviourKind.VIA_FRIENDS).ifPresent(found::add);
    found.sort((a, b) -> a.first().at().compareTo(b.first().at()));
    return List.copyOf(found);
  }

  private List<Behaviour> callBursts(List<Event> timeline) {
    List<Event> calls =
        timeline.stream()
            .filter(e -> e.who() == Actor.THEM)
            .filter(e -> e.kind() == Kind.CALL || e.kind() == Kind.MISSED_CALL)
            .toList();
    List<Behaviour> bursts = new ArrayList<>();
    for (List<Event> run : Windows.runs(calls, rules.burstWindow(), rules.burstCalls())) {
      bursts.add(new Behaviour(BehaviourKind.CALL_BURST, run));
    }
    return bursts;
  }

  private List<Behaviour> floods(List<Event> timeline) {
    List<Behaviour> floods = new ArrayList<>();
    List<Event> run = new ArrayList<>();
    for (Event e : timeline) {
      if (!e.kind().isContact()) {
        continue;
      }
      if (e.who() == Actor.ME) {
        floods.addAll(flood(run));
        run = new ArrayList<>();
      } else if (e.who() == Actor.THEM && e.kind() != Kind.CALL && e.kind() != Kind.MISSED_CALL) {
        run.add(e);
      }
    }
    floods.addAll(flood(run));
    return floods;
  }

  private List<Behaviour> flood(List<Event> unanswered) {
    List<Behaviour> out = new ArrayList<>();
    for (List<Event> run : Windows.runs(unanswered, rules.floodWindow(), rules.floodMessages())) {
      out.add(new Behaviour(BehaviourKind.MESSAGE_FLOOD, run));
    }
    return out;
  }

  private Optional<Behaviour> lateNights(List<Event> timeline) {
    TreeMap<LocalDate, List<Event>> nights = new TreeMap<>();
    for (Event e : timeline) {
      if (e.who() == Actor.THEM && e.kind().isContact() && rules.isNight(e.at().toLocalTime())) {
        nights.computeIfAbsent(e.at().toLocalDate(), d -> new ArrayList<>()).add(e);
      }
    }
    if (nights.size() < rules.lateNights()) {
      return Optional.empty();
    }
    List<Event> cited = nights.values().stream().flatMap(List::stream).toList();
    Behaviour.Night hours = new Behaviour.Night(rules.nightStart(), rules.nightEnd());
    return Optional.of(new Behaviour(BehaviourKind.LATE_NIGHT, cited, Optional.of(hours)));
  }

  private Optional<Behaviour> afterBoundary(List<Event> timeline) {
    // Her first "please stop": only she can set a boundary, and once set, everything he sends
    // after it crosses it, even if she answers him later (people answer out of fear).
    Optional<Event> boundary =
        timeline.stream().filter(e -> e.kind() == Kind.BOUNDARY && e.who() == Actor.ME).findFirst();
    if (boundary.isEmpty()) {
      return Optional.empty();
    }
    List<Event> cited = new ArrayList<>(List.of(boundary.get()));
    timeline.stream()
        .filter(e -> e.at().isAfter(boundary.get().at()) && e.who() == Actor.THEM)
        .filter(e -> e.kind().isContact() || reachesHer(e.kind()))
        .forEach(cited::add);
    if (cited.size() == 1) {
      return Optional.empty();
    }
    return Optional.of(new Behaviour(BehaviourKind.AFTER_BOUNDARY, cited));
  }

  private static boolean reachesHer(Kind kind) {
    return kind == Kind.VISIT || kind == Kind.VIA_FRIENDS || kind == Kind.GIFT;
  }

  private static Optional<Behaviour> everyOf(List<Event> timeline, Kind kind, BehaviourKind as) {
    // His own: a visit she logs as hers (she went to see him) is never his behaviour.
    List<Event> cited =
        timeline.stream().filter(e -> e.kind() == kind && e.who() == Actor.THEM).toList();
    if (cited.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Behaviour(as, cited));
  }
}
