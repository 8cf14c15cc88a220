package app.walkaway.signals.readout;

import app.walkaway.signals.Behaviour;
import app.walkaway.signals.BehaviourKind;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * UNSAFE overrides everything: any threat, stalking or self-harm threat (at any time: a threat in
 * the past still changes how risky stepping back is), contact after she asked him to stop, turning
 * up since her start, or two or more insults, pressure messages, call bursts or floods recently.
 */
final class SafetyRule {
  private static final Set<SignalKind> SEVERE =
      EnumSet.of(SignalKind.THREAT, SignalKind.STALKING, SignalKind.SELF_HARM);
  private static final Set<SignalKind> ABUSE = EnumSet.of(SignalKind.INSULT, SignalKind.PRESSURE);
  private static final Set<BehaviourKind> PUSHING =
      EnumSet.of(BehaviourKind.CALL_BURST, BehaviourKind.MESSAGE_FLOOD);
  static final int REPEATED = 2;

  private SafetyRule() {}

  static Optional<Decision> check(Facts f) {
    List<EventSignal> severe = f.signals(SEVERE::contains, e -> true);
    List<Behaviour> crossed = f.behaviours(EnumSet.of(BehaviourKind.AFTER_BOUNDARY), e -> true);
    List<Behaviour> visits = f.behaviours(EnumSet.of(BehaviourKind.SHOWED_UP), f::afterStart);
    List<EventSignal> abuse = f.signals(ABUSE::contains, f::recent);
    List<Behaviour> pushing = f.behaviours(PUSHING, f::recent);
    boolean repeated = abuse.size() + pushing.size() >= REPEATED;
    if (severe.isEmpty() && crossed.isEmpty() && visits.isEmpty() && !repeated) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    severe.forEach(s -> reasons.add(sentence(s)));
    severe.forEach(s -> evidence.add(Evidence.of(s)));
    for (Behaviour b : concat(crossed, visits, repeated ? pushing : List.of())) {
      reasons.add(capitalised(b.summary()) + ".");
      b.events().forEach(e -> evidence.add(Evidence.of(b, e)));
    }
    if (repeated && !abuse.isEmpty()) {
      reasons.add(abuse.size() + " insulting or pressuring messages from him recently.");
      abuse.forEach(s -> evidence.add(Evidence.of(s)));
    }
    return Optional.of(
        new Decision(
            Outcome.UNSAFE, reasons, Optional.empty(), evidence, confidence(severe, crossed)));
  }

  private static Confidence confidence(List<EventSignal> severe, List<Behaviour> crossed) {
    if (!severe.isEmpty() || !crossed.isEmpty()) {
      return Confidence.high(
          "It rests on his own words or on contact after you asked him to stop; check each item"
              + " below, and trust your own sense of danger over any tool.");
    }
    return Confidence.medium(
        "It rests on a pattern of insults, pressure or visits; read the items below. If you feel"
            + " afraid, that matters more than this rating.");
  }

  private static String sentence(EventSignal s) {
    return "On "
        + s.event().at().toLocalDate()
        + " he wrote \""
        + s.signal().match()
        + "\" ("
        + s.signal().kind().label()
        + ").";
  }

  @SafeVarargs
  private static List<Behaviour> concat(List<Behaviour>... lists) {
    List<Behaviour> all = new ArrayList<>();
    for (List<Behaviour> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
