package app.walkaway.signals.readout;

import app.walkaway.signals.SignalKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** INDIFFERENT when two weeks have passed without a warm bid; otherwise TOO_EARLY, saying why. */
final class QuietRules {
  /** The most extra conversations worth naming; beyond that, time is the honest answer. */
  static final int MAX_NEEDED = 50;

  private QuietRules() {}

  static Optional<Decision> indifferent(Facts f) {
    if (f.days < ResponseRules.MIN_DAYS || !f.warmMessages(f::afterStart).isEmpty()) {
      return Optional.empty();
    }
    long after = f.in.after().initiations();
    boolean flat =
        f.initiations
            .map(r -> r.after() == 0 || r.clearlyDown() || !(r.ratio() > ResponseRules.FLAT))
            .orElse(after == 0);
    if (!flat) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    reasons.add("No warm message from him in the " + (long) f.days + " days since you started.");
    f.initiations.ifPresent(r -> reasons.add(ResponseRules.startsSentence(f, r)));
    List<Evidence> evidence = new ArrayList<>();
    f.lastContactFromHim().ifPresent(e -> evidence.add(Evidence.of(e, "his last contact")));
    return Optional.of(
        new Decision(Outcome.INDIFFERENT, reasons, Optional.empty(), evidence, confidence(f)));
  }

  private static Confidence confidence(Facts f) {
    long before = f.in.before().initiations();
    boolean gone = f.initiations.map(r -> r.after() == 0 || r.clearlyDown()).orElse(false);
    if (before < 3) {
      return Confidence.low(
          "He rarely started conversations before either, so there is little" + " to compare.");
    }
    if (f.days >= 2 * ResponseRules.MIN_DAYS && gone) {
      return Confidence.high("Four weeks or more, and the conversations he starts clearly fell.");
    }
    return Confidence.medium(
        "Two weeks is enough to see a pattern, not always enough to be sure;"
            + " some people take longer.");
  }

  static Decision tooEarly(Facts f) {
    List<String> reasons = new ArrayList<>();
    reasons.add("It has been " + days(f.days) + " since you started.");
    f.initiations.ifPresent(r -> reasons.add(ResponseRules.startsSentence(f, r)));
    int warm = f.warmMessages(f::afterStart).size();
    if (warm > 0) {
      reasons.add(warm + (warm == 1 ? " warm message" : " warm messages") + " from him since.");
    }
    List<Evidence> evidence = new ArrayList<>();
    f.signals(SignalKind::isWarm, f::afterStart).forEach(s -> evidence.add(Evidence.of(s)));
    f.lastContactFromHim().ifPresent(e -> evidence.add(Evidence.of(e, "his last contact")));
    return new Decision(
        Outcome.TOO_EARLY,
        reasons,
        Optional.of(needed(f)),
        evidence,
        Confidence.low("Too little time or too few conversations to tell a change from chance."));
  }

  private static String needed(Facts f) {
    if (f.days < ResponseRules.MIN_DAYS) {
      int more = (int) Math.ceil(ResponseRules.MIN_DAYS - f.days);
      return "another " + days(more);
    }
    if (f.initiations.isEmpty()) {
      return "a stretch of chat from before your start to compare with";
    }
    RateRatio r = f.initiations.get();
    for (int k = 1; k <= MAX_NEEDED; k++) {
      if (RateRatio.of(r.before(), r.beforeWeeks(), r.after() + k, r.afterWeeks()).clearlyUp()) {
        return "at least "
            + k
            + " more "
            + (k == 1 ? "conversation" : "conversations")
            + " from him before this can be read";
      }
    }
    return "more time: what he does so far is too close to how he was before";
  }

  private static String days(double d) {
    long whole = (long) Math.floor(d);
    return whole == 1 ? "1 day" : whole + " days";
  }
}
