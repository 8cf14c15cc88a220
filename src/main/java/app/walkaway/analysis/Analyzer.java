package app.walkaway.analysis;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import java.util.Objects;

/**
 * The figures computed item by item, for callers that keep a long history in compact columns rather
 * than as {@link app.walkaway.event.Event}s: a lifetime of messages then costs a few bytes each
 * instead of an object graph each. Items must come in time order (ties in any order).
 */
public final class Analyzer {
  private final Settings settings;
  private final ContactPass walk;
  private long previous = Long.MIN_VALUE;

  public Analyzer(Settings settings) {
    this(settings, ConversationStarts.NONE);
  }

  /** An analyzer that also tells {@code starts} of each conversation as it opens. */
  public Analyzer(Settings settings, ConversationStarts starts) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.walk = new ContactPass(settings, Objects.requireNonNull(starts, "starts"));
  }

  /**
   * One item.
   *
   * @param seconds its wall-clock time as seconds since 1970-01-01T00:00 read as UTC (exports carry
   *     no zone, FORMATS.md 1.1)
   * @param who whose it is; {@link Actor#OTHER} is skipped
   * @param kind what it is; kinds that are not contact are skipped
   * @param asks whether its text asks something ({@link Questions#asks}); only read for contact
   * @throws IllegalArgumentException when it is earlier than the item before
   */
  public void accept(long seconds, Actor who, Kind kind, boolean asks) {
    if (seconds < previous) {
      throw new IllegalArgumentException(
          "items are not sorted by time at "
              + ContactPass.time(seconds)
              + " (after "
              + ContactPass.time(previous)
              + ")");
    }
    previous = seconds;
    walk.accept(seconds, who, kind, asks);
  }

  /** Whether {@link #accept} reads the {@code asks} flag of such an item; callers may skip it. */
  public static boolean counts(Actor who, Kind kind) {
    return ContactPass.counts(who, kind);
  }

  /** The figures for everything accepted; the analyzer is spent afterwards. */
  public Figures finish() {
    return Analysis.figures(walk, settings);
  }
}
