package app.walkaway.text;

import app.walkaway.readout.Because;
import app.walkaway.readout.Citation;
import app.walkaway.readout.Comparison;
import app.walkaway.readout.Confidence;
import app.walkaway.readout.Needed;
import app.walkaway.readout.Outcome;
import app.walkaway.readout.Readout;
import app.walkaway.readout.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A read-out in words: the answer first, then why, what it rests on, and what would change it. */
public final class ReadoutWords {
  /** What the UNSAFE read-out says, and only it: safety speaks alone (VOICE.md rule 4). */
  public static final List<String> SAFETY =
      List.of(
          "Stepping back from someone who threatens or controls can make him more dangerous for a"
              + " while. Plan for your safety before you change anything he will notice.",
          "Keep the evidence: these messages and this log. Walkaway keeps them on this computer"
              + " only.",
          "Tell someone you trust what is happening, and think about staying with a friend for"
              + " now.",
          "If you are in danger right now, call your local emergency number (112 in most of"
              + " Europe, 999 in the UK, 911 in North America).");

  private ReadoutWords() {}

  /** The answer in one or two sentences. */
  public static String headline(Readout r) {
    String name = r.name();
    return switch (r.outcome()) {
      case UNSAFE ->
          "Some of what "
              + name
              + " has said or done is a warning sign. Your safety comes before"
              + " any reading of his feelings.";
      case MOVING_ON ->
          name
              + " has said goodbye or that there is someone new. That is an answer, even when it"
              + " hurts.";
      case CHASING ->
          name
              + " is reaching for you more than before. Whether it lasts matters more than how"
              + " strong it is.";
      case INDIFFERENT ->
          name
              + " has not reached for you since you stepped back. That says something about him,"
              + " not about your worth.";
      case TOO_EARLY -> "It is too early to read " + possessive(name) + " response honestly.";
    };
  }

  /** What to do for her safety: only for an UNSAFE read-out, empty otherwise. */
  public static List<String> safety(Readout r) {
    return r.outcome() == Outcome.UNSAFE ? SAFETY : List.of();
  }

  public static List<String> reasons(Readout r) {
    return r.reasons().stream().map(reason -> reason(reason, r.name())).toList();
  }

  /** One reason; {@code name} is what she calls him ("He" when she gave no name). */
  public static String reason(Reason reason, String name) {
    if (reason instanceof Reason.SevereWords w) {
      return "On " + w.day() + " he wrote \"" + w.match() + "\" (" + w.kind().label() + ").";
    } else if (reason instanceof Reason.Pattern p) {
      return capitalised(PatternWords.summary(p.behaviour())) + ".";
    } else if (reason instanceof Reason.RepeatedAbuse a) {
      return a.messages() + " insulting or pressuring messages from him recently.";
    } else if (reason instanceof Reason.SaidGoodbye g) {
      return "On " + g.day() + " he wrote \"" + g.match() + "\".";
    } else if (reason instanceof Reason.ReachedOutFirst f) {
      return "You reached out first "
          + (f.bySlipDays()
              ? "on " + f.slipDays() + " of the " + f.days() + " days"
              : f.starts() + " times in the " + f.days() + " days")
          + " since you started, so his answers can't be told apart from replies to you.";
    } else if (reason instanceof Reason.WarmRose w) {
      return w.since()
          + " warm messages from him since you started, none in the "
          + w.weeksBefore()
          + " weeks before.";
    } else if (reason instanceof Reason.StartsCompared s) {
      return PlainWords.rate(s.conversations(), name, "started", "conversations");
    } else if (reason instanceof Reason.NoWarmSince n) {
      return "No warm message from him in the " + n.days() + " days since you started.";
    } else if (reason instanceof Reason.BurstThenSilence b) {
      return b.warm()
          + " warm messages over "
          + Durations.days(b.spanDays())
          + ", then nothing from him for "
          + b.quietDays()
          + " days.";
    } else if (reason instanceof Reason.Elapsed e) {
      return "It has been " + Durations.days(e.days()) + " since you started.";
    } else if (reason instanceof Reason.WarmSince w) {
      return w.warm() + (w.warm() == 1 ? " warm message" : " warm messages") + " from him since.";
    }
    throw new IllegalArgumentException("no words for " + reason);
  }

  /** His figures before and since, in plain words. */
  public static List<String> figures(Readout r) {
    return figures(r.comparison(), r.name());
  }

  /** {@code name} is what she calls him ("He" when she gave no name). */
  public static List<String> figures(Comparison comparison, String name) {
    Optional<Comparison.Rates> rates = comparison.rates();
    if (rates.isEmpty()) {
      return List.of("There is not yet a full day on both sides of your start to compare.");
    }
    Comparison.Rates c = rates.get();
    List<String> out = new ArrayList<>();
    out.add(PlainWords.rate(c.conversations(), name, "started", "conversations"));
    out.add(PlainWords.rate(c.messages(), name, "sent", "messages"));
    replyDelay(name, c.replyBefore(), c.replySince()).ifPresent(out::add);
    return out;
  }

  private static Optional<String> replyDelay(
      String name, OptionalDouble before, OptionalDouble after) {
    if (before.isEmpty() && after.isEmpty()) {
      return Optional.empty();
    }
    String was =
        before.isPresent() ? Durations.minutes(before.getAsDouble()) : "no replies to time";
    String now =
        after.isPresent() ? Durations.minutes(after.getAsDouble()) : "no replies to time yet";
    return Optional.of(
        "A typical reply from " + object(name) + " took " + was + " before and " + now + " since.");
  }

  /** What more is needed, as the end of "Still needed: ...". */
  public static Optional<String> needed(Readout r) {
    return r.needed().map(ReadoutWords::needed);
  }

  public static String needed(Needed needed) {
    if (needed instanceof Needed.MoreDays d) {
      return "another " + Durations.days(d.days());
    } else if (needed instanceof Needed.ChatBeforeStart) {
      return "a stretch of chat from before your start to compare with";
    } else if (needed instanceof Needed.MoreConversations c) {
      return "at least "
          + c.count()
          + " more "
          + (c.count() == 1 ? "conversation" : "conversations")
          + " from him before this can be read";
    } else if (needed instanceof Needed.MoreTime) {
      return "more time: what he does so far is too close to how he was before";
    } else if (needed instanceof Needed.DaysWithoutReachingOut d) {
      return "at least " + d.days() + " days in a row without reaching out first";
    }
    throw new IllegalArgumentException("no words for " + needed);
  }

  /** Why the confidence is what it is. */
  public static String confidence(Confidence c) {
    return switch (c.basis()) {
      case HIS_WORDS_OR_HER_STOP ->
          "It rests on his own words or on contact after you asked him to stop; check each item"
              + " below, and trust your own sense of danger over any tool.";
      case PATTERN_OF_HARM ->
          "It rests on a pattern of insults, pressure or visits; read the items below. If you feel"
              + " afraid, that matters more than this rating.";
      case GOODBYE_THEN_QUIET -> "He said it in his own words and has not written since.";
      case GOODBYE -> "He said it in his own words; people sometimes take it back.";
      case RESPONDING_TO_HER ->
          "What he does now is mostly a response to you, not to your absence.";
      case RISE_IN_WORDS_AND_STARTS ->
          "A clear rise in both his words and the conversations he starts, over two weeks or"
              + " more.";
      case RISE_NOT_YET_LASTING ->
          "A clear rise, but passion is not commitment: watch whether it lasts and whether he"
              + " changes what went wrong.";
      case FEW_DAYS -> "Only a few days of it so far; a burst of attention is not a change.";
      case BURST_STOPPED ->
          "A burst that stopped says more than the burst itself; if he comes back, the read-out"
              + " will change.";
      case LITTLE_TO_COMPARE ->
          "He rarely started conversations before either, so there is little to compare.";
      case STARTS_FELL_FOR_WEEKS ->
          "Four weeks or more, and the conversations he starts clearly fell.";
      case TWO_WEEKS ->
          "Two weeks is enough to see a pattern, not always enough to be sure; some people take"
              + " longer.";
      case TOO_LITTLE -> "Too little time or too few conversations to tell a change from chance.";
    };
  }

  /** Why a message or event is cited. */
  public static String why(Citation c) {
    Because because = c.because();
    if (because instanceof Because.Words w) {
      return w.kind().label() + ": \"" + w.match() + "\" (" + w.rule() + ")";
    } else if (because instanceof Because.Pattern p) {
      return PatternWords.summary(p.behaviour());
    } else if (because instanceof Because.LastContact) {
      return "his last contact";
    } else if (because instanceof Because.ReachedOutFirst) {
      return "you reached out first";
    } else if (because instanceof Because.WarmBeforeSilence) {
      return "warm, before the silence";
    }
    throw new IllegalArgumentException("no words for " + because);
  }

  /** Its words, or what it was when it has none: "(missed-call)". */
  public static String quote(Citation c) {
    return c.quote().isEmpty() ? "(" + c.kind().label() + ")" : c.quote();
  }

  private static String possessive(String name) {
    return name.equals("He") ? "his" : name + "'s";
  }

  private static String object(String name) {
    return name.equals("He") ? "him" : name;
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
