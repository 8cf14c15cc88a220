package app.walkaway.method;

import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.event.Questions;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells, item by item, whether a contact item opens a conversation. Same rule and the same numbers
 * as the analysis package (its ContactPass, which only exposes totals, so the rule is repeated here
 * to name the very messages that were slips; `walkaway analyze` and `walkaway today` must agree on
 * who started what): an item opens one after {@link #GAP} or more of silence, except when it
 * answers, within {@link #REPLY_WINDOW}, a run by the other person that itself opened a
 * conversation or asked something ({@link Questions}): her slow reply to his "how was your day?"
 * continues his conversation, which is exactly what the soft plan asks of her. Times are real
 * instants in her zone, so DST neither adds nor removes an hour of silence.
 */
final class Openings {
  /** Silence after which the next item opens a new conversation; shared with the analysis. */
  static final Duration GAP = Settings.DEFAULT_GAP;

  /** A reply later than this to his opening does not continue his conversation. */
  static final Duration REPLY_WINDOW = Settings.REPLY_WINDOW;

  private Instant lastContact;
  private Actor runOwner;
  private boolean runWaits;
  private Instant runStart;

  /**
   * Feeds the next contact item (ME or THEM, in time order) with its text; true if it opens a
   * conversation.
   */
  boolean opens(Actor who, Instant at, String text) {
    boolean quiet =
        lastContact == null || !Duration.between(lastContact, at).minus(GAP).isNegative();
    boolean answersWaitingRun =
        who != runOwner && runWaits && Duration.between(runStart, at).compareTo(REPLY_WINDOW) <= 0;
    boolean opens = quiet && !answersWaitingRun;
    // A run that waited for nothing ended with its conversation: his next message opens a new run
    // even though he also wrote the last one.
    boolean previousRunEnded = quiet && !runWaits;
    if (who != runOwner || previousRunEnded) {
      runOwner = who;
      runWaits = opens;
      runStart = at;
    }
    // An opening run, or one that asks something, keeps waiting for its answer past the gap.
    runWaits |= Questions.asks(text);
    lastContact = at;
    return opens;
  }
}
