package app.walkaway.readout;

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
          new Reason.SevereWords(
              words.at().toLocalDate(),
              words.signal().signal().kind(),
              words.signal().signal().match()));
      citations.add(Citation.of(words.signal()));
    }
    List<RedFlag> patterns = new ArrayList<>(danger.boundaryIgnored());
    patterns.addAll(danger.showedUp());
    if (danger.repeated()) {
      patterns.addAll(danger.pushing());
    }
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
