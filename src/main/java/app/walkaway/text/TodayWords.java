package app.walkaway.text;

import app.walkaway.event.Kind;
import app.walkaway.method.Mode;
import app.walkaway.method.Progress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Today in words: how long it has been, how the new habit is doing (never as a score), and what was
 * just noted. Warm, short, no praise for winning and no shame for a slip (VOICE.md rule 5).
 */
public final class TodayWords {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private TodayWords() {}

  /** The answer first: how long it has been since she stepped back. */
  public static String headline(LocalDate start, Progress p) {
    if (!p.started()) {
      return "Your plan starts on " + DAY.format(start) + ", in " + Durations.days(-p.day()) + ".";
    }
    if (p.day() == 0) {
      return "You stepped back today.";
    }
    return "It has been " + Durations.days(p.day()) + " since you stepped back.";
  }

  /** What her plan asks of her, in one line. */
  public static String mode(Mode mode) {
    return mode == Mode.STRICT
        ? "Your plan is strict: no contact, apart from your exceptions."
        : "Your plan is soft: you don't reach out first, and you may answer slowly.";
  }

  /** Her run of clean days, counted without today (it is not over yet). */
  public static String streak(Progress p) {
    if (p.day() == 0) {
      return "Today is the first day. It counts once it is over.";
    }
    if (p.slipDays() == 0) {
      return "Every day so far has been clean: " + Durations.days(p.streakDays()) + " in a row.";
    }
    if (p.streakDays() == 0) {
      return "A slip is part of changing a habit. Tomorrow can be a clean day again.";
    }
    return Durations.days(p.streakDays())
        + " in a row without a slip; your longest run so far is "
        + Durations.days(p.longestStreakDays())
        + ".";
  }

  /**
   * The habit strength as words, never a number: it grows with every clean day, and a slip dents it
   * without wiping it out (the score's half-life is two weeks).
   */
  public static String strength(double score) {
    String where;
    if (score < 0.25) {
      where = "Your new habit is just starting.";
    } else if (score < 0.5) {
      where = "Your new habit is taking hold.";
    } else if (score < 0.8) {
      where = "Your new habit is getting stronger.";
    } else {
      where = "Your new habit is strong.";
    }
    return where + " It grows with every clean day; a slip dents it, it never wipes it out.";
  }

  /** The one-tap buttons: what happened, as she would say it ("Sam texted", "I slipped"). */
  public static String button(Kind kind, Him him) {
    return switch (kind) {
      case STORY_VIEW -> him.subject() + " viewed my story";
      case SLIP -> "I slipped";
      default -> him.subject() + " " + his(kind);
    };
  }

  /** What the page says once she noted something. */
  public static String noted(Kind kind, Him him, String time) {
    return switch (kind) {
      case SLIP -> "Noted at " + time + ". A slip is not a failure: tomorrow starts clean.";
      case URGE -> "Kept here at " + time + ", not sent. Read it again tomorrow: most urges pass.";
      case VISIT ->
          "Noted at "
              + time
              + ": "
              + him.inSentence()
              + " showed up. If you feel unsafe, the Safety page says whom to call.";
      default -> "Noted at " + time + ": " + him.inSentence() + " " + his(kind) + ".";
    };
  }

  private static String his(Kind kind) {
    return switch (kind) {
      case MESSAGE -> "texted";
      case CALL -> "called";
      case STORY_VIEW -> "viewed your story";
      case VISIT -> "showed up";
      default -> throw new IllegalArgumentException("no one-tap words for " + kind);
    };
  }
}
