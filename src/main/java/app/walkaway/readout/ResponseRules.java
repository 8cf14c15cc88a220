package app.walkaway.readout;

import app.walkaway.event.Event;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules after safety, in order: he says goodbye; she slipped too often to tell; he chases (but
 * a burst followed by two weeks of silence is not chasing); he stays away; too early.
 */
final class ResponseRules {
  /** The articles speak of days to weeks; two weeks is the least before silence means something. */
  static final int MIN_DAYS = 14;

  /** "Several" warm bids where there were none. */
  static final int SEVERAL = 3;

  /** A ratio up to this counts as flat. */
  static final double FLAT = 1.25;

  private ResponseRules() {}

  static Optional<Decision> movingOn(Facts f) {
    List<EventSignal> goodbyes = f.signals(k -> k == SignalKind.GOODBYE, f::afterStart);
    if (goodbyes.isEmpty()) {
      return Optional.empty();
    }
    Event last = goodbyes.get(goodbyes.size() - 1).event();
    boolean warmSince = f.warmMessages(e -> e.at().isAfter(last.at())).size() > 0;
    if (warmSince) {
      return Optional.empty();
    }
    List<Citation> citations = goodbyes.stream().map(Citation::of).toList();
    long quietDays = Duration.between(last.at(), f.now()).toDays();
    boolean quiet = f.lastContactFromHim().map(e -> !e.at().isAfter(last.at())).orElse(true);
    boolean settled = quiet && quietDays >= 7;
    Reason reason =
        new Reason.SaidGoodbye(
            last.at().toLocalDate(), goodbyes.get(goodbyes.size() - 1).signal().match());
    return Optional.of(
        new Decision(
            Outcome.MOVING_ON,
            List.of(reason),
            Optional.empty(),
            citations,
            settled ? Confidence.Level.HIGH : Confidence.Level.MEDIUM,
            settled ? Confidence.Basis.GOODBYE_THEN_QUIET : Confidence.Basis.GOODBYE));
  }

  static Optional<Decision> slippedTooOften(Facts f) {
    int days = (int) Math.ceil(f.days);
    int slipDays = f.slipDays().size();
    long starts = f.in.herStartsSince();
    if (days < 3 || Math.max(slipDays, starts) * 2 <= days) {
      return Optional.empty();
    }
    List<Citation> citations =
        f.slips().stream().map(e -> Citation.of(e, new Because.ReachedOutFirst())).toList();
    return Optional.of(
        new Decision(
            Outcome.TOO_EARLY,
            List.of(new Reason.ReachedOutFirst(slipDays, starts, days)),
            Optional.of(new Needed.DaysWithoutReachingOut(7)),
            citations,
            Confidence.Level.LOW,
            Confidence.Basis.RESPONDING_TO_HER));
  }

  static Optional<Decision> chasing(Facts f) {
    List<Event> warmAfter = f.warmMessages(f::afterStart);
    List<Event> warmBefore = f.warmMessages(e -> !f.afterStart(e) && f.recent(e));
    boolean warmRose = warmAfter.size() >= SEVERAL && warmBefore.isEmpty();
    boolean startsRose = f.initiations.map(RateRatio::clearlyUp).orElse(false);
    if (!warmRose && !startsRose) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    f.signals(SignalKind::isWarm, f::afterStart).forEach(s -> citations.add(Citation.of(s)));
    if (warmRose) {
      reasons.add(new Reason.WarmRose(warmAfter.size(), Facts.RECENT.toDays() / 7));
    }
    f.initiations.filter(r -> startsRose).ifPresent(r -> reasons.add(new Reason.StartsCompared(r)));
    return Optional.of(
        Silence.afterBurst(f, warmAfter)
            .orElseGet(() -> chasing(f, reasons, citations, warmAfter, startsRose)));
  }

  private static Decision chasing(
      Facts f, List<Reason> reasons, List<Citation> citations, List<Event> warm, boolean rose) {
    boolean strong = f.initiations.map(r -> r.low() >= 2).orElse(false);
    Confidence.Level level = Confidence.Level.LOW;
    Confidence.Basis basis = Confidence.Basis.FEW_DAYS;
    if (f.days >= MIN_DAYS && strong && warm.size() >= SEVERAL) {
      level = Confidence.Level.HIGH;
      basis = Confidence.Basis.RISE_IN_WORDS_AND_STARTS;
    } else if (f.days >= 7 && (rose || warm.size() >= SEVERAL)) {
      level = Confidence.Level.MEDIUM;
      basis = Confidence.Basis.RISE_NOT_YET_LASTING;
    }
    return new Decision(Outcome.CHASING, reasons, Optional.empty(), citations, level, basis);
  }
}
