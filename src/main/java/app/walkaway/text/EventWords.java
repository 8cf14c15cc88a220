package app.walkaway.text;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.readout.Because;
import app.walkaway.readout.Citation;
import app.walkaway.signals.SignalKind;

/**
 * Events in words, for the pages that list them (the read-out's evidence, the timeline): what
 * happened, whose it was, where it came from, and what his words were read as. Never an enum name
 * or a rule id (VOICE.md rule 2).
 */
public final class EventWords {
  private EventWords() {}

  /** What happened, as a noun: "a message", "a missed call". */
  public static String kind(Kind kind) {
    return switch (kind) {
      case MESSAGE -> "a message";
      case MEDIA -> "a photo, video or voice note";
      case DELETED -> "a deleted message";
      case CALL -> "a call";
      case MISSED_CALL -> "a missed call";
      case REACTION -> "a reaction";
      case POLL -> "a poll";
      case LOCATION -> "a shared location";
      case SHARE -> "a shared link";
      case STORY_VIEW -> "a story view";
      case VISIT -> "a visit in person";
      case VIA_FRIENDS -> "word through friends";
      case GIFT -> "a gift";
      case SLIP -> "a slip";
      case URGE -> "a draft you kept here";
      case NOTE -> "a note";
      case BOUNDARY -> "your request to stop";
    };
  }

  /** The kind as a filter's label: "Messages", "Missed calls". */
  public static String kinds(Kind kind) {
    return switch (kind) {
      case MESSAGE -> "Messages";
      case MEDIA -> "Photos, videos and voice notes";
      case DELETED -> "Deleted messages";
      case CALL -> "Calls";
      case MISSED_CALL -> "Missed calls";
      case REACTION -> "Reactions";
      case POLL -> "Polls";
      case LOCATION -> "Shared locations";
      case SHARE -> "Shared links";
      case STORY_VIEW -> "Story views";
      case VISIT -> "Visits";
      case VIA_FRIENDS -> "Word through friends";
      case GIFT -> "Gifts";
      case SLIP -> "Slips";
      case URGE -> "Drafts you kept here";
      case NOTE -> "Notes";
      case BOUNDARY -> "Your requests to stop";
    };
  }

  /** Whose it was: "Sam", "You", "Someone else". */
  public static String who(Actor who, Him him) {
    return switch (who) {
      case ME -> "You";
      case THEM -> him.subject();
      case OTHER -> "Someone else";
    };
  }

  /** Where it came from: "chat.txt, line 212", or "noted by you". */
  public static String source(SourceRef source) {
    if (source.isByHand()) {
      return "noted by you";
    }
    return source.line() == 0 ? source.origin() : source.origin() + ", line " + source.line();
  }

  /** What his words were read as: "a threat", "missing you". */
  public static String signal(SignalKind kind) {
    return switch (kind) {
      case MISSES_YOU -> "missing you";
      case WANTS_BACK -> "wanting you back";
      case APOLOGY -> "an apology";
      case INVITATION -> "an invitation to meet";
      case CHECK_IN -> "checking in on you";
      case JEALOUSY_PROBE -> "asking whether there is someone new";
      case GOODBYE -> "a goodbye";
      case THREAT -> "a threat";
      case INSULT -> "an insult";
      case PRESSURE -> "pressure";
      case STALKING -> "following or watching you";
      case SELF_HARM -> "a threat to harm himself";
    };
  }

  /** Why the read-out cites it, in plain words (the rule that matched is never shown). */
  public static String why(Citation c) {
    Because because = c.because();
    if (because instanceof Because.Words w) {
      return (c.possible() ? "Possibly " : "Read as ") + signal(w.kind()) + ".";
    } else if (because instanceof Because.Pattern p) {
      return ReadoutWords.capitalised(PatternWords.summary(p.behaviour())) + ".";
    } else if (because instanceof Because.LastContact) {
      return "His last contact.";
    } else if (because instanceof Because.ReachedOutFirst) {
      return "You reached out first.";
    } else if (because instanceof Because.WarmBeforeSilence) {
      return "Warm, before the silence.";
    }
    throw new IllegalArgumentException("no words for " + because);
  }

  /** Its words, or what it was when it has none: "(a missed call)". */
  public static String quote(Citation c) {
    return c.quote().isEmpty() ? "(" + kind(c.kind()) + ")" : c.quote();
  }
}
