package app.walkaway.method;

import java.util.List;

/** What the readiness check concludes; a closed set, so every screen handles all three. */
public sealed interface ReadinessResult {

  /** The verdict as a word for storage and JSON. */
  Verdict verdict();

  /** The items to show, in order. */
  List<Item> items();

  /** The three verdicts. */
  enum Verdict {
    READY,
    NOT_YET,
    SAFETY_FIRST
  }

  /**
   * Stepping back looks like a fair choice now.
   *
   * @param reminders what to keep in mind when starting
   * @param drafts exit-message drafts for her situation
   */
  record Ready(List<Item> reminders, List<Draft> drafts) implements ReadinessResult {
    public Ready {
      reminders = List.copyOf(reminders);
      drafts = List.copyOf(drafts);
    }

    @Override
    public Verdict verdict() {
      return Verdict.READY;
    }

    @Override
    public List<Item> items() {
      return reminders;
    }
  }

  /**
   * Not yet: each reason is a caution whose help says what to do first.
   *
   * @param reasons the cautions that apply, in the order of the questions
   */
  record NotYet(List<Item> reasons) implements ReadinessResult {
    public NotYet {
      reasons = List.copyOf(reasons);
    }

    @Override
    public Verdict verdict() {
      return Verdict.NOT_YET;
    }

    @Override
    public List<Item> items() {
      return reasons;
    }
  }

  /**
   * There are signs of threat or control: no plan, only ways to get safe.
   *
   * @param steps the safety steps, most urgent first
   */
  record SafetyFirst(List<Item> steps) implements ReadinessResult {
    public SafetyFirst {
      steps = List.copyOf(steps);
    }

    @Override
    public Verdict verdict() {
      return Verdict.SAFETY_FIRST;
    }

    @Override
    public List<Item> items() {
      return steps;
    }
  }
}
