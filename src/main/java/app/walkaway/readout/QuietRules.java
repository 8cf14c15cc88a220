package app.walkaway.readout;

import app.walkaway.event.Event;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * INDIFFERENT when he has been silent three weeks, when two weeks have passed without a warm bid,
 * or when six weeks have passed without a clear change; otherwise TOO_EARLY, saying why.
 *
 * <p>The bounds: three weeks of no contact at all is an answer in itself (the articles speak of
 * days to weeks before someone who wants to come back reaches out; three weeks is past all of
 * them). Six weeks is where "too early" ends for good: by then a change that has not come is the
 * answer, and saying "wait" any longer would keep her waiting on him, which is what the method
 * helps her stop. If he comes back, the read-out changes.
 */
final class QuietRules {
  /** No contact from him this long (since her start, or his last message) is an answer. */
  static final int SILENCE_DAYS = 21;

  /** From this many days after her start, the read-out never says "too early". */
  static final int NO_LONGER_EARLY_DAYS = 42;

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

  /** Three weeks and more with no contact from him: silence is an answer too. */
  static Optional<Decision> silent(Facts f) {
    if (f.days < SILENCE_DAYS) {
      return Optional.empty();
    }
    Optional<Event> last = f.lastContactFromHim();
    LocalDateTime quietFrom =
        last.map(Event::at).filter(f::afterStartMoment).orElse(f.in.startAt());
    long quiet = Duration.between(quietFrom, f.now()).toDays();
    if (quiet < SILENCE_DAYS) {
      return Optional.empty();
    }
    List<Citation> citations = new ArrayList<>();
    last.ifPresent(e -> citations.add(lastContact(e)));
    boolean long_ = quiet >= NO_LONGER_EARLY_DAYS;
    return Optional.of(
        new Decision(
            Outcome.INDIFFERENT,
            List.of(new Reason.SilentFor(quiet, last.map(e -> e.at().toLocalDate()))),
            Optional.empty(),
            citations,
            long_ ? Confidence.Level.HIGH : Confidence.Level.MEDIUM,
            Confidence.Basis.SILENCE));
  }

  /** Six weeks on and no rule found a change: that he did not change is the answer. */
  static Optional<Decision> noChangeForWeeks(Facts f) {
    if (f.days < NO_LONGER_EARLY_DAYS) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(new Reason.NoClearChange((long) Math.floor(f.days)));
    f.initiations.ifPresent(r -> reasons.add(new Reason.StartsCompared(r)));
    int slipDays = f.slipDays().size();
    long starts = f.in.herStartsSince();
    int days = (int) Math.ceil(f.days);
    if (Math.max(slipDays, starts) * 2 > days) {
      reasons.add(new Reason.ReachedOutFirst(slipDays, starts, days));
    }
    List<Citation> citations = new ArrayList<>(f.warmCitations(f::afterStart));
    f.lastContactFromHim().ifPresent(e -> citations.add(lastContact(e)));
    return Optional.of(
        new Decision(
            Outcome.INDIFFERENT,
            reasons,
            Optional.empty(),
            citations,
            Confidence.Level.LOW,
            Confidence.Basis.NO_CHANGE_FOR_WEEKS));
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
    citations.addAll(f.warmCitations(f::afterStart));
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
