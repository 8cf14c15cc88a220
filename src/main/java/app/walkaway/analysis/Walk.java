package app.walkaway.analysis;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One pass over time-sorted events, keeping running counts per period and person and nothing else
 * but the current unanswered run and the reply delays.
 *
 * <p>Rules: a conversation opens with the first item after {@link Settings#gap()} or more of
 * silence between the two of them. A run is one person's items with nothing from the other in
 * between; the other's next item answers it, with the delay counted from the run's first item. A
 * delay over {@link Settings#REPLY_WINDOW} counts as no reply. An item is unanswered when the
 * other's next item comes more than the reply window after it (or never, and the window has passed
 * at {@code now}); otherwise it is pending. Everything is counted in the period its item falls in,
 * reply delays in the period of the item being answered. With a start day, the whole history is the
 * sum of before and after, so nothing is counted twice.
 */
final class Walk {
  private static final int ALL = 0;
  private static final int BEFORE = 1;
  private static final int AFTER = 2;

  private final long gap;
  private final long window = Settings.REPLY_WINDOW.toSeconds();
  private final long doubleText = Settings.DOUBLE_TEXT_AFTER.toSeconds();
  private final boolean split;
  private final long splitAt;
  private final long now;
  final Tally[][] tallies = new Tally[3][2];

  private long first = Long.MIN_VALUE;
  private long lastContact;
  private int runOwner = -1;
  private long runStart;
  private long lastOwn;
  private final TimeQueue waiting = new TimeQueue();
  long afterNow;

  Walk(Settings settings) {
    gap = settings.gap().toSeconds();
    split = settings.start().isPresent();
    splitAt = settings.split().map(Tally::seconds).orElse(Long.MIN_VALUE);
    now = Tally.seconds(settings.now());
    for (Tally[] row : tallies) {
      row[0] = new Tally();
      row[1] = new Tally();
    }
  }

  void accept(Event event) {
    if (event.who() == Actor.OTHER || !event.kind().isContact()) {
      return;
    }
    long t = Tally.seconds(event.at());
    if (t > now) {
      afterNow++;
      return;
    }
    int p = event.who() == Actor.ME ? 0 : 1;
    expire(t);
    if (first == Long.MIN_VALUE || t - lastContact >= gap) {
      tally(t, p).initiations++;
    }
    tally(t, p).message(t);
    if (runOwner == p) {
      sameRun(p, t);
    } else {
      answer(p, t);
    }
    if (first == Long.MIN_VALUE) {
      first = t;
    }
    lastContact = t;
  }

  private void sameRun(int p, long t) {
    if (t - lastOwn >= doubleText) {
      tally(t, p).doubleTexts++;
    }
    lastOwn = t;
    waiting.add(t);
  }

  private void answer(int p, long t) {
    if (runOwner >= 0) {
      long delay = t - runStart;
      if (delay > window) {
        tally(runStart, p).noReply++;
      } else {
        tally(runStart, p).delays.add((int) delay);
      }
    }
    runOwner = p;
    runStart = t;
    lastOwn = t;
    waiting.clear();
    waiting.add(t);
  }

  /** Items of the run whose window has passed by {@code t} are unanswered, whatever comes next. */
  private void expire(long t) {
    while (!waiting.isEmpty() && t - waiting.oldest() > window) {
      long m = waiting.poll();
      tally(m, runOwner).unanswered++;
    }
  }

  /** Closes the walk at {@code now}: what is still inside its window is pending. */
  void finish() {
    expire(now);
    while (!waiting.isEmpty()) {
      long m = waiting.poll();
      tally(m, runOwner).pending++;
    }
    if (runOwner >= 0 && now - runStart > window) {
      tally(runStart, 1 - runOwner).noReply++;
    }
  }

  /** The first contact item, or {@code now} when there was none. */
  LocalDateTime firstTime() {
    return time(first == Long.MIN_VALUE ? now : first);
  }

  boolean split() {
    return split;
  }

  private Tally tally(long t, int p) {
    return split ? tallies[t < splitAt ? BEFORE : AFTER][p] : tallies[ALL][p];
  }

  static LocalDateTime time(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
