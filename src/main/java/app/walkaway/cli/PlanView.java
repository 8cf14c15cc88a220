package app.walkaway.cli;

import app.walkaway.method.Draft;
import app.walkaway.method.ExceptionTag;
import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.method.Tactic;
import java.io.PrintWriter;

/** Prints a plan: mode, tactics in her mode's variant, exceptions and exit-message drafts. */
final class PlanView {
  private PlanView() {}

  static String modeLine(Mode mode) {
    return mode == Mode.STRICT
        ? "strict: no contact, apart from your exceptions"
        : "soft: you don't reach out first";
  }

  static void print(PrintWriter out, Plan plan, Playbook playbook) {
    out.println("Your plan starts on " + plan.start() + ". Mode: " + modeLine(plan.mode()) + ".");
    out.println();
    out.println("What you will do:");
    for (String id : plan.tactics()) {
      Tactic tactic = playbook.findTactic(id).orElseThrow();
      out.println("  * " + tactic.item().fill(plan.name()).text());
      out.println("    " + tactic.variant(plan.mode()));
      if (tactic.contested()) {
        out.println("    Be careful: " + tactic.warning());
      }
    }
    out.println();
    exceptions(out, plan, playbook);
    out.println();
    drafts(out, plan, playbook);
  }

  private static void exceptions(PrintWriter out, Plan plan, Playbook playbook) {
    if (plan.exceptions().isEmpty()) {
      out.println("Exceptions: none. (Add some with --exception children|bills|safety|work.)");
      return;
    }
    out.println(
        "Never counted as a slip (mark such messages with #tag, or they are recognised by"
            + " their words):");
    for (String tag : plan.exceptions()) {
      ExceptionTag exception = playbook.exception(tag);
      out.println("  * #" + exception.tag() + ": " + exception.item().text());
    }
  }

  static void drafts(PrintWriter out, Plan plan, Playbook playbook) {
    out.println("A calm, honest exit message (edit it until it sounds like you):");
    for (Draft draft : playbook.drafts(plan.situation())) {
      out.println("  [" + draft.item().id() + "] " + draft.item().help());
      out.println("    \"" + draft.item().text() + "\"");
    }
  }
}
