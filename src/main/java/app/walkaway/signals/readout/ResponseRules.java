package app.walkaway.signals.readout;

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
    List<Evidence> evidence = goodbyes.stream().map(Evidence::of).toList();
    long quietDays = Duration.between(last.at(), f.now()).toDays();
    boolean quiet = f.lastContactFromHim().map(e -> !e.at().isAfter(last.at())).orElse(true);
    Confidence confidence =
        quiet && quietDays >= 7
            ? Confidence.high("He said it in his own words and has not written since.")
            : Confidence.medium("He said it in his own words; people sometimes take it back.");
    String reason =
        "On "
            + last.at().toLocalDate()
            + " he wrote \""
            + goodbyes.get(goodbyes.size() - 1).signal().match()
            + "\".";
    return Optional.of(
        new Decision(Outcome.MOVING_ON, List.of(reason), Optional.empty(), evidence, confidence));
  }

  static Optional<Decision> slippedTooOften(Facts f) {
    int days = (int) Math.ceil(f.days);
    int slipDays = f.slipDays().size();
    long starts = f.in.herStartsSince();
    if (days < 3 || Math.max(slipDays, starts) * 2 <= days) {
      return Optional.empty();
    }
    String often =
        slipDays * 2 > days
            ? "on " + slipDays + " of the " + days + " days"
            : starts + " times in the " + days + " days";
    String reason =
        "You reached out first "
            + often
            + " since you started, so his answers can't be told"
            + " apart from replies to you.";
    List<Evidence> evidence =
        f.slips().stream().map(e -> Evidence.of(e, "you reached out first")).toList();
    return Optional.of(
        new Decision(
            Outcome.TOO_EARLY,
            List.of(reason),
            Optional.of("at least 7 days in a row without reaching out first"),
            evidence,
            Confidence.low("What he does now is mostly a response to you, not to your absence.")));
  }

  static Optional<Decision> chasing(Facts f) {
    List<Event> warmAfter = f.warmMessages(f::afterStart);
    List<Event> warmBefore = f.warmMessages(e -> !f.afterStart(e) && f.recent(e));
    boolean warmRose = warmAfter.size() >= SEVERAL && warmBefore.isEmpty();
    boolean startsRose = f.initiations.map(RateRatio::clearlyUp).orElse(false);
    if (!warmRose && !startsRose) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    f.signals(SignalKind::isWarm, f::afterStart).forEach(s -> evidence.add(Evidence.of(s)));
    if (warmRose) {
      reasons.add(
          warmAfter.size()
              + " warm messages from him since you started, none in the "
              + Facts.RECENT.toDays() / 7
              + " weeks before.");
    }
    f.initiations.filter(r -> startsRose).ifPresent(r -> reasons.add(startsSentence(f, r)));
    return Optional.of(
        Silence.afterBurst(f, warmAfter)
            .orElseGet(
                () ->
                    new Decision(
                        Outcome.CHASING,
                        reasons,
                        Optional.empty(),
                        evidence,
                        chasingConfidence(f, warmAfter, startsRose))));
  }

  private static Confidence chasingConfidence(Facts f, List<Event> warm, boolean startsRose) {
    boolean strong = f.initiations.map(r -> r.low() >= 2).orElse(false);
    if (f.days >= MIN_DAYS && strong && warm.size() >= SEVERAL) {
      return Confidence.high(
          "A clear rise in both his words and the conversations he starts,"
              + " over two weeks or more.");
    }
    if (f.days >= 7 && (startsRose || warm.size() >= SEVERAL)) {
      return Confidence.medium(
          "A clear rise, but passion is not commitment: watch whether it"
              + " lasts and whether he changes what went wrong.");
    }
    return Confidence.low("Only a few days of it so far; a burst of attention is not a change.");
  }

  static String startsSentence(Facts f, RateRatio r) {
    return PlainWords.rate(r, f.in.name(), "started", "conversations");
  }
}
