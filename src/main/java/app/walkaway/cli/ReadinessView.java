package app.walkaway.cli;

import app.walkaway.method.Draft;
import app.walkaway.method.Item;
import app.walkaway.method.ReadinessResult;
import java.io.PrintWriter;

/** Prints the readiness result honestly; the safety path shows help, never a plan. */
final class ReadinessView {
  private ReadinessView() {}

  static void print(PrintWriter out, ReadinessResult result, String name) {
    out.println();
    if (result instanceof ReadinessResult.Ready ready) {
      out.println("READY: stepping back looks like a fair choice for you now.");
      items(out, ready.reminders(), name);
      out.println();
      out.println("Drafts for your exit message (edit them until they sound like you):");
      for (Draft draft : ready.drafts()) {
        Wrap.print(out, "  \"", "   ", draft.item().fill(name).text() + "\"");
      }
      out.println();
      out.println("When you are ready: walkaway plan start --date YYYY-MM-DD");
    } else if (result instanceof ReadinessResult.NotYet notYet) {
      out.println("NOT YET: a few things are worth doing first.");
      items(out, notYet.reasons(), name);
      out.println();
      out.println("Come back to this check whenever you like: walkaway readiness");
    } else if (result instanceof ReadinessResult.SafetyFirst safety) {
      out.println("SAFETY FIRST: what you describe is a reason to get safe, not to start a plan.");
      items(out, safety.steps(), name);
    }
  }

  private static void items(PrintWriter out, Iterable<Item> items, String name) {
    for (Item item : items) {
      Item filled = item.fill(name);
      Wrap.print(out, "  * ", "    ", filled.text());
      Wrap.print(out, "    ", "    ", filled.help());
    }
  }
}
