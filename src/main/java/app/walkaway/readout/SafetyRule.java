package app.walkaway.readout;

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
    List<Reason> reasons = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    severe.forEach(s -> reasons.add(words(s)));
    severe.forEach(s -> citations.add(Citation.of(s)));
    for (Behaviour b : concat(crossed, visits, repeated ? pushing : List.of())) {
      reasons.add(new Reason.Pattern(b));
      b.events().forEach(e -> citations.add(Citation.of(b, e)));
    }
    if (repeated && !abuse.isEmpty()) {
      reasons.add(new Reason.RepeatedAbuse(abuse.size()));
      abuse.forEach(s -> citations.add(Citation.of(s)));
    }
    boolean own = !severe.isEmpty() || !crossed.isEmpty();
    return Optional.of(
        new Decision(
            Outcome.UNSAFE,
            reasons,
            Optional.empty(),
            citations,
            own ? Confidence.Level.HIGH : Confidence.Level.MEDIUM,
            own ? Confidence.Basis.HIS_WORDS_OR_HER_STOP : Confidence.Basis.PATTERN_OF_HARM));
  }

  private static Reason words(EventSignal s) {
    return new Reason.SevereWords(
        s.event().at().toLocalDate(), s.signal().kind(), s.signal().match());
  }

  @SafeVarargs
  private static List<Behaviour> concat(List<Behaviour>... lists) {
    List<Behaviour> all = new ArrayList<>();
    for (List<Behaviour> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
