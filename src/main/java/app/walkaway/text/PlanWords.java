package app.walkaway.text;

import app.walkaway.method.Mode;
import app.walkaway.method.ReadinessResult.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Her readiness and her plan in words: the verdict first, then what it means. */
public final class PlanWords {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PlanWords() {}

  /** The readiness verdict, as the answer first. */
  public static String verdict(Verdict verdict) {
    return switch (verdict) {
      case READY -> "Stepping back looks like a fair choice for you now.";
      case NOT_YET -> "Not yet: a few things are worth doing first.";
      case SAFETY_FIRST ->
          "What you describe is a reason to get safe, not to start a plan. It is not your fault.";
    };
  }

  /** What follows the verdict. */
  public static String afterVerdict(Verdict verdict) {
    return switch (verdict) {
      case READY -> "Keep these in mind as you start.";
      case NOT_YET -> "Each of these says what to do first. Come back to the questions any time.";
      case SAFETY_FIRST ->
          "Walkaway will not make a game plan here. These steps come first, and the Safety page"
              + " says whom to call.";
    };
  }

  /** The plan in one sentence: from when, and how strict. */
  public static String summary(LocalDate start, Mode mode, LocalDate today) {
    String when =
        start.isAfter(today)
            ? "You step back on " + DAY.format(start) + "."
            : "You stepped back on " + DAY.format(start) + ".";
    return when + " " + mode(mode);
  }

  public static String mode(Mode mode) {
    return mode == Mode.STRICT
        ? "Strict: no contact at all, replies included, apart from your exceptions."
        : "Soft: you don't reach out first, and you may answer, slowly and briefly.";
  }

  /** The word on a mode's choice. */
  public static String modeName(Mode mode) {
    return mode == Mode.STRICT ? "Strict" : "Soft";
  }

  /** A readiness answer's label. */
  public static String answer(app.walkaway.method.Answer answer) {
    return switch (answer) {
      case YES -> "Yes";
      case NO -> "No";
      case UNSURE -> "Not sure";
    };
  }

  /** The parts of the plan the tactics belong to, as headings. */
  public static String area(String area) {
    return switch (area) {
      case "contact" -> "Contact";
      case "social" -> "Social media";
      case "life" -> "Your life";
      case "self" -> "Yourself";
      case "mindset" -> "How you think about it";
      case "contested" -> "Handle with care";
      default -> "Other";
    };
  }
}
