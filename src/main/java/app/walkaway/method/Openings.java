package app.walkaway.method;

import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells, item by item, whether a contact item opens a conversation. Same rule and the same numbers
 * as the analysis package (its Walk, which only exposes totals, so the rule is repeated here to
 * name the very messages that were slips): an item opens one after {@link #GAP} or more of silence,
 * except when it answers, within {@link #REPLY_WINDOW}, a run by the other person that itself
 * opened a conversation: her slow reply to his "how are you?" continues his conversation, which is
 * exactly what the soft plan asks of her. Times are real instants in her zone, so DST neither adds
 * nor removes an hour of silence.
 */
final class Openings {
  /** Silence after which the next item opens a new conversation; shared with the analysis. */
  static final Duration GAP = Settings.DEFAULT_GAP;

  /** A reply later than this to his opening does not continue his conversation. */
  static final Duration REPLY_WINDOW = Settings.REPLY_WINDOW;

  private Instant lastContact;
  private Actor runOwner;
  private boolean runOpened;
  private Instant runStart;

  /** Feeds the next contact item (ME or THEM, in time order); true if it opens a conversation. */
  boolean opens(Actor who, Instant at) {
    boolean quiet =
        lastContact == null || !Duration.between(lastContact, at).minus(GAP).isNegative();
    boolean answersOpening =
        who != runOwner && runOpened && Duration.between(runStart, at).compareTo(REPLY_WINDOW) <= 0;
    boolean opens = quiet && !answersOpening;
    if (who != runOwner) {
      runOwner = who;
      runOpened = opens;
      runStart = at;
    }
    lastContact = at;
    return opens;
  }
}
