package app.walkaway.analysis;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One pass over time-sorted contact items, keeping running counts per period and person and nothing
 * else but the current run and the reply delays.
 *
 * <p>Rules. A <em>run</em> is one person's items with nothing from the other in between; it waits
 * for an answer, and the other's next item answers it, with the delay counted from the run's first
 * item. A delay over {@link Settings#REPLY_WINDOW} counts as no reply, and every item of the run
 * older than the window by then (or by {@code now}) is unanswered; items still inside it at {@code
 * now} are pending. A <em>conversation</em> opens with the first item after {@link Settings#gap()}
 * or more of silence, except when that item answers, within the reply window, a run that waits past
 * the gap: one that opened a conversation or asked a question (see {@link Questions}), so a slow
 * reply to "how was the first day" continues that exchange. Any other run that gets no answer
 * before the gap ends the conversation was its last word ("ok", "night x"): it waits no more, so it
 * is neither answered nor unanswered. A double-text is an item sent while one's own run still
 * waits, at least {@link Settings#DOUBLE_TEXT_AFTER} after one's previous item. Everything is
 * counted in the period its item falls in, reply delays and no-replies in the period of the run's
 * first item. With a start day, the whole history is the sum of before and after, so nothing is
 * counted twice.
 */
final class ContactPass {
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
  private boolean runOpener;
  private boolean runAsks;
  private boolean awaiting;
  private long runStart;
  private long lastOwn;
  private final TimeQueue waiting = new TimeQueue();
  private final ConversationStarts starts;
  long afterNow;

  ContactPass(Settings settings) {
    this(settings, ConversationStarts.NONE);
  }

  ContactPass(Settings settings, ConversationStarts starts) {
    this.starts = starts;
    gap = settings.gap().toSeconds();
    split = settings.start().isPresent();
    splitAt = settings.split().map(Tally::seconds).orElse(Long.MIN_VALUE);
    now = Tally.seconds(settings.now());
    for (Tally[] row : tallies) {
      row[0] = new Tally();
      row[1] = new Tally();
    }
  }

  /** Whether an item of this actor and kind counts at all: contact between the two of them. */
  static boolean counts(Actor who, Kind kind) {
    return who != Actor.OTHER && kind.isContact();
  }

  /** One item; {@code asks} says whether its text asks something (see {@link Questions}). */
  void accept(long t, Actor who, Kind kind, boolean asks) {
    if (!counts(who, kind)) {
      return;
    }
    if (t > now) {
      afterNow++;
      return;
    }
    int p = who == Actor.ME ? 0 : 1;
    settle(t);
    boolean quiet = first == Long.MIN_VALUE || t - lastContact >= gap;
    boolean continues = p != runOwner && awaiting && waitsPastGap() && t - runStart <= window;
    boolean opens = quiet && !continues;
    if (opens) {
      tally(t, p).initiations++;
      starts.started(t, p == 0 ? Person.ME : Person.THEM);
    }
    tally(t, p).message(t);
    if (p == runOwner && awaiting) {
      sameRun(p, t);
    } else {
      if (awaiting) {
        answer(p, t);
      }
      startRun(p, t, opens);
    }
    runAsks |= asks;
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
    long delay = t - runStart;
    if (delay > window) {
      tally(runStart, p).noReply++;
    } else {
      tally(runStart, p).delays.add((int) delay);
    }
  }

  private void startRun(int p, long t, boolean opens) {
    runOwner = p;
    runOpener = opens;
    runAsks = false;
    awaiting = true;
    runStart = t;
    lastOwn = t;
    waiting.clear();
    waiting.add(t);
  }

  /**
   * Brings the current run up to time {@code t}: items past their reply window are unanswered, and
   * a run inside a conversation that the gap has since ended was its last word, so it waits no
   * more.
   */
  private void settle(long t) {
    if (!awaiting) {
      return;
    }
    boolean ends = !waitsPastGap() && t - lastContact >= gap;
    // Only what ran out before the conversation ended (possible when the gap exceeds the window).
    long until = ends ? Math.min(t, lastContact + gap) : t;
    while (!waiting.isEmpty() && until - waiting.oldest() > window) {
      long m = waiting.poll();
      tally(m, runOwner).unanswered++;
    }
    if (ends) {
      awaiting = false;
      waiting.clear();
    }
  }

  /** An opening run or a question waits for its answer even when the conversation falls quiet. */
  private boolean waitsPastGap() {
    return runOpener || runAsks;
  }

  /** Closes the walk at {@code now}: what still waits inside its window is pending. */
  void finish() {
    settle(now);
    if (!awaiting) {
      return;
    }
    while (!waiting.isEmpty()) {
      long m = waiting.poll();
      tally(m, runOwner).pending++;
    }
    if (now - runStart > window) {
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
