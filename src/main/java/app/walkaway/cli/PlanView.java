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
        ? "strict mode: no contact, apart from your exceptions"
        : "soft mode: you don't reach out first";
  }

  static void print(PrintWriter out, Plan plan, Playbook playbook) {
    out.println("Your plan starts on " + plan.start() + ", in " + modeLine(plan.mode()) + ".");
    out.println();
    out.println("What you will do:");
    for (String id : plan.tactics()) {
      Tactic tactic = playbook.findTactic(id).orElseThrow();
      Wrap.print(out, "  * ", "    ", tactic.item().fill(plan.name()).text());
      Wrap.print(out, "    ", "    ", tactic.variant(plan.mode()));
      if (tactic.contested()) {
        Wrap.print(out, "    Be careful: ", "    ", tactic.warning());
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
      Wrap.print(out, "  * #" + exception.tag() + ": ", "    ", exception.item().text());
    }
  }

  static void drafts(PrintWriter out, Plan plan, Playbook playbook) {
    out.println("A calm, honest exit message (edit it until it sounds like you):");
    for (Draft draft : playbook.drafts(plan.situation())) {
      Wrap.print(out, "  [" + draft.item().id() + "] ", "    ", draft.item().help());
      Wrap.print(out, "    \"", "     ", draft.item().text() + "\"");
    }
  }
}
