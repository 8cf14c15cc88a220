package app.walkaway.analysis;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;

/** The running counts for one person in one period. */
final class Tally {
  long messages;
  long initiations;
  long noReply;
  long unanswered;
  long pending;
  long doubleTexts;
  long last = Long.MIN_VALUE;
  final IntBag delays = new IntBag();

  /** The two periods' counts together: the whole history when it was split at a start day. */
  static Tally sum(Tally a, Tally b) {
    Tally s = new Tally();
    s.messages = a.messages + b.messages;
    s.initiations = a.initiations + b.initiations;
    s.noReply = a.noReply + b.noReply;
    s.unanswered = a.unanswered + b.unanswered;
    s.pending = a.pending + b.pending;
    s.doubleTexts = a.doubleTexts + b.doubleTexts;
    s.last = Math.max(a.last, b.last);
    s.delays.addAll(a.delays);
    s.delays.addAll(b.delays);
    return s;
  }

  void message(long time) {
    messages++;
    last = time;
  }

  PersonFigures figures(long conversations, double days) {
    return new PersonFigures(
        messages,
        initiations,
        conversations == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((double) initiations / conversations),
        Delays.ofSeconds(delays.values(), delays.size()),
        noReply,
        unanswered,
        pending,
        doubleTexts,
        days < 1 ? OptionalDouble.empty() : OptionalDouble.of(initiations * 7.0 / days),
        last == Long.MIN_VALUE ? Optional.empty() : Optional.of(ContactPass.time(last)));
  }

  static long seconds(LocalDateTime time) {
    // Wall-clock arithmetic on purpose: exports carry no zone (FORMATS.md 1.1).
    return time.toEpochSecond(ZoneOffset.UTC);
  }
}
