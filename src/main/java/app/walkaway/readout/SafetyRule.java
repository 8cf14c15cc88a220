package app.walkaway.readout;

import app.walkaway.event.Mark;
import app.walkaway.event.Marked;
import app.walkaway.safety.Danger;
import app.walkaway.safety.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UNSAFE, decided by the one rule in {@link Danger} (the same rule today's guidance follows), with
 * the red flags it rests on as its reasons and citations.
 */
final class SafetyRule {
  private SafetyRule() {}

  /**
   * A read-out that is not UNSAFE still shows first what may be a threat, for her to read: the
   * decision with those reasons and citations put in front.
   */
  static Decision possibleFirst(Facts f, Decision d) {
    List<RedFlag> possible = f.redFlags.possibleOnly();
    if (d.outcome() == Outcome.UNSAFE || possible.isEmpty()) {
      return d;
    }
    List<Reason> reasons = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (RedFlag flag : possible) {
      RedFlag.InWords words = (RedFlag.InWords) flag;
      reasons.add(
          new Reason.PossibleRedFlag(
              words.at().toLocalDate(),
              words.signal().signal().kind(),
              words.signal().signal().match()));
      citations.add(Citation.of(words.signal()));
    }
    reasons.addAll(d.reasons());
    citations.addAll(d.citations());
    return new Decision(d.outcome(), reasons, d.needed(), citations, d.level(), d.basis());
  }

  static Optional<Decision> check(Facts f) {
    Danger danger = f.redFlags.danger();
    if (!danger.safetyFirst()) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (RedFlag flag : danger.severeWords()) {
      RedFlag.InWords words = (RedFlag.InWords) flag;
      reasons.add(
          words.signal().signal().possible()
              ? new Reason.PossibleRedFlag(
                  words.at().toLocalDate(),
                  words.signal().signal().kind(),
                  words.signal().signal().match())
              : new Reason.SevereWords(
                  words.at().toLocalDate(),
                  words.signal().signal().kind(),
                  words.signal().signal().match()));
      citations.add(Citation.of(words.signal()));
    }
    for (Marked marked : danger.herRedFlags()) {
      Citation cited = Citation.of(marked.event(), new Because.MarkedByHer(Mark.RED_FLAG));
      reasons.add(new Reason.MarkedRedFlag(marked.event().at().toLocalDate(), cited.quote()));
      citations.add(cited);
    }
    List<RedFlag> patterns = new ArrayList<>(danger.boundaryIgnored());
    patterns.addAll(danger.showedUp());
    // Bursts of calls and floods are always part of an unsafe answer's evidence: with a threat they
    // are what makes it one ("a threat plus a call burst is never chasing").
    patterns.addAll(danger.pushing());
    for (RedFlag flag : patterns) {
      RedFlag.InBehaviour pattern = (RedFlag.InBehaviour) flag;
      reasons.add(new Reason.Pattern(pattern.behaviour()));
      pattern.events().forEach(e -> citations.add(Citation.of(pattern.behaviour(), e)));
    }
    if (danger.repeated() && !danger.abuse().isEmpty()) {
      reasons.add(new Reason.RepeatedAbuse(danger.abuse().size()));
      danger.abuse().forEach(a -> citations.add(Citation.of(((RedFlag.InWords) a).signal())));
    }
    boolean own = danger.restsOnHisWordsOrHerStop();
    return Optional.of(
        new Decision(
            Outcome.UNSAFE,
            reasons,
            Optional.empty(),
            citations,
            own ? Confidence.Level.HIGH : Confidence.Level.MEDIUM,
            own ? Confidence.Basis.HIS_WORDS_OR_HER_STOP : Confidence.Basis.PATTERN_OF_HARM));
  }
}
