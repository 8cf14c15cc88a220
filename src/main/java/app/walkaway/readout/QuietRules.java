package app.walkaway.readout;

import app.walkaway.event.Event;
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
    List<Reason> reasons = new ArrayList<>();
    reasons.add(new Reason.NoWarmSince((long) f.days));
    f.initiations.ifPresent(r -> reasons.add(new Reason.StartsCompared(r)));
    List<Citation> citations = new ArrayList<>();
    f.lastContactFromHim().ifPresent(e -> citations.add(lastContact(e)));
    long before = f.in.before().initiations();
    boolean gone = f.initiations.map(r -> r.after() == 0 || r.clearlyDown()).orElse(false);
    Confidence.Level level = Confidence.Level.MEDIUM;
    Confidence.Basis basis = Confidence.Basis.TWO_WEEKS;
    if (before < 3) {
      level = Confidence.Level.LOW;
      basis = Confidence.Basis.LITTLE_TO_COMPARE;
    } else if (f.days >= 2 * ResponseRules.MIN_DAYS && gone) {
      level = Confidence.Level.HIGH;
      basis = Confidence.Basis.STARTS_FELL_FOR_WEEKS;
    }
    return Optional.of(
        new Decision(Outcome.INDIFFERENT, reasons, Optional.empty(), citations, level, basis));
  }

  private static Citation lastContact(Event e) {
    return Citation.of(e, new Because.LastContact());
  }

  static Decision tooEarly(Facts f) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(new Reason.Elapsed((long) Math.floor(f.days)));
    f.initiations.ifPresent(r -> reasons.add(new Reason.StartsCompared(r)));
    int warm = f.warmMessages(f::afterStart).size();
    if (warm > 0) {
      reasons.add(new Reason.WarmSince(warm));
    }
    List<Citation> citations = new ArrayList<>();
    f.signals(SignalKind::isWarm, f::afterStart).forEach(s -> citations.add(Citation.of(s)));
    f.lastContactFromHim().ifPresent(e -> citations.add(lastContact(e)));
    return new Decision(
        Outcome.TOO_EARLY,
        reasons,
        Optional.of(needed(f)),
        citations,
        Confidence.Level.LOW,
        Confidence.Basis.TOO_LITTLE);
  }

  private static Needed needed(Facts f) {
    if (f.days < ResponseRules.MIN_DAYS) {
      return new Needed.MoreDays((int) Math.ceil(ResponseRules.MIN_DAYS - f.days));
    }
    if (f.initiations.isEmpty()) {
      return new Needed.ChatBeforeStart();
    }
    RateRatio r = f.initiations.get();
    for (int k = 1; k <= MAX_NEEDED; k++) {
      if (RateRatio.of(r.before(), r.beforeWeeks(), r.after() + k, r.afterWeeks()).clearlyUp()) {
        return new Needed.MoreConversations(k);
      }
    }
    return new Needed.MoreTime();
  }
}
