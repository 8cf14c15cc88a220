package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/** What the safety pages show: her country's numbers, the risk screen, the evidence journal. */
public final class SafetyView {
  private SafetyView() {}

  /**
   * Whom to call.
   *
   * @param country her country's name, or "" when she has not chosen one
   * @param emergencyNow the one line always shown: the number to call in danger now
   * @param lines each service with how to reach it, emergency first
   */
  public record Help(String country, String emergencyNow, List<String> lines) {
    public Help {
      lines = List.copyOf(lines);
    }

    public boolean chosen() {
      return !country.isEmpty();
    }
  }

  /**
   * The risk screen's form.
   *
   * @param questions every question, with her answer (or the one the red flags suggest) chosen
   * @param anythingElse what she wrote, kept when the form comes back
   * @param suggestedAny whether his messages suggested any answer (she confirms each)
   * @param problems what to fix beside the question it concerns
   */
  public record ScreenForm(
      List<Question> questions, String anythingElse, boolean suggestedAny, FieldProblems problems) {
    public ScreenForm {
      questions = List.copyOf(questions);
    }
  }

  /**
   * One question of the screen.
   *
   * @param field the form field's name
   * @param text the question
   * @param suggested why his messages suggest yes, if they do
   * @param answers yes, no and not sure
   */
  public record Question(
      String field, String text, Optional<String> suggested, List<Option> answers) {
    public Question {
      answers = List.copyOf(answers);
    }
  }

  /**
   * What the screen said, in the order she reads it: with serious danger, whom to call comes first.
   *
   * @param specialistNow whether any single answer means: talk to a specialist now
   */
  public record Result(
      boolean specialistNow,
      String headline,
      List<String> lead,
      List<String> because,
      List<String> unsure,
      List<String> help,
      List<String> plan,
      List<String> cautions,
      String when) {
    public Result {
      lead = List.copyOf(lead);
      because = List.copyOf(because);
      unsure = List.copyOf(unsure);
      help = List.copyOf(help);
      plan = List.copyOf(plan);
      cautions = List.copyOf(cautions);
    }
  }

  /**
   * The evidence journal.
   *
   * @param entries every entry, newest first
   * @param notice what was just done (an entry kept, the check's answer), if anything
   * @param broken whether the check found something wrong (shown as a warning, not a notice)
   * @param kinds the kinds of incident to choose from
   * @param problems what to fix in the add form, and what she typed
   */
  public record Journal(
      List<Entry> entries,
      Optional<String> notice,
      boolean broken,
      List<Option> kinds,
      FieldProblems problems) {
    public Journal {
      entries = List.copyOf(entries);
      kinds = List.copyOf(kinds);
    }
  }

  /**
   * One entry, as she reads it.
   *
   * @param seq its number
   * @param title its kind and when it happened
   * @param what her words (may be empty when it quotes his message)
   * @param quote his words, when it quotes a message
   * @param source where his words are: file, line and the file's SHA-256
   * @param details the facts around it, one per line
   * @param recorded when it was recorded
   */
  public record Entry(
      long seq,
      String title,
      String what,
      Optional<String> quote,
      String source,
      List<String> details,
      String recorded) {
    public Entry {
      details = List.copyOf(details);
    }
  }
}
