package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The Plan page (and the first steps, which show its parts one at a time).
 *
 * @param name what she calls him, as she typed it (empty for "he")
 * @param readiness her last readiness result, if she answered the questions
 * @param questions the readiness questions, with her last answers chosen
 * @param safetyFirst true when her last readiness check pointed to safety: nothing else is shown
 * @param plan her plan as it stands, if she has one
 * @param form the plan's form, filled with her plan or the defaults
 * @param message her exit message and the drafts to start from
 * @param problems what to fix, beside the field it concerns
 * @param here where the forms are (the Plan page, or one of the first steps)
 * @param next where a form leads once it is saved (the Plan page, or the next first step)
 */
public record PlanView(
    String name,
    Optional<Verdict> readiness,
    Questions questions,
    boolean safetyFirst,
    Optional<Summary> plan,
    Form form,
    Message message,
    FieldProblems problems,
    String here,
    String next) {

  /**
   * A readiness verdict.
   *
   * @param heading the answer first
   * @param lead what follows from it
   * @param items what to keep in mind, do first, or do for her safety
   * @param safety true for the safety-first verdict (drawn as a danger card)
   */
  public record Verdict(String heading, String lead, List<Guide> items, boolean safety) {
    public Verdict {
      items = List.copyOf(items);
    }
  }

  /**
   * The readiness questions.
   *
   * @param situations what brings her here, one to choose (or none)
   * @param asked the yes / no / not sure questions
   */
  public record Questions(List<Option> situations, List<Question> asked) {
    public Questions {
      situations = List.copyOf(situations);
      asked = List.copyOf(asked);
    }
  }

  /**
   * One question.
   *
   * @param field the form field's name
   * @param text the question
   * @param help why it is asked
   * @param answers yes, no and not sure
   */
  public record Question(String field, String text, String help, List<Option> answers) {
    public Question {
      answers = List.copyOf(answers);
    }
  }

  /**
   * Her plan as it stands.
   *
   * @param line from when and how strict, in one sentence
   * @param tactics what she will do, each in her mode's way, contested ones with their warning
   * @param exceptions contact that never counts as a slip
   */
  public record Summary(String line, List<Tactic> tactics, List<Guide> exceptions) {
    public Summary {
      tactics = List.copyOf(tactics);
      exceptions = List.copyOf(exceptions);
    }
  }

  /**
   * A tactic, as she reads it.
   *
   * @param text what to do
   * @param means what it means in her mode
   * @param warning why to be careful (contested tactics), else empty
   */
  public record Tactic(String text, String means, String warning) {}

  /**
   * The plan's form.
   *
   * @param start the first day, as yyyy-mm-dd
   * @param modes soft and strict
   * @param areas the tactics by part of life
   * @param exceptions the exceptions she can tick
   * @param editing true when she already has a plan (the form then starts folded away)
   */
  public record Form(
      String start,
      List<Option> modes,
      List<Area> areas,
      List<Option> exceptions,
      boolean editing) {
    public Form {
      modes = List.copyOf(modes);
      areas = List.copyOf(areas);
      exceptions = List.copyOf(exceptions);
    }
  }

  /**
   * The tactics of one part of life.
   *
   * @param heading its name
   * @param tactics checkboxes (a tactic on its own)
   * @param choices groups of alternatives, one radio group each
   */
  public record Area(String heading, List<TacticOption> tactics, List<Choice> choices) {
    public Area {
      tactics = List.copyOf(tactics);
      choices = List.copyOf(choices);
    }
  }

  /**
   * A tactic to tick.
   *
   * @param option its checkbox
   * @param warning why to be careful, else empty
   */
  public record TacticOption(Option option, String warning) {}

  /**
   * Alternatives: she picks one, or neither.
   *
   * @param field the radio group's name
   * @param options the alternatives, then "neither"
   */
  public record Choice(String field, List<Option> options) {
    public Choice {
      options = List.copyOf(options);
    }
  }

  /**
   * Her exit message.
   *
   * @param text her own, or the first draft for her situation
   * @param saved whether the text is hers (kept) or a draft to start from
   * @param drafts drafts for her situation, each with when it fits
   */
  public record Message(String text, boolean saved, List<Guide> drafts) {
    public Message {
      drafts = List.copyOf(drafts);
    }
  }
}
