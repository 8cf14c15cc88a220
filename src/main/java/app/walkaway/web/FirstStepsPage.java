package app.walkaway.web;

import app.walkaway.service.VaultSession;
import app.walkaway.web.PlanPage.Submitted;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.FirstStep;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After the vault is made: the first steps, one page each (what to call him, whether now is the
 * time, her plan and exit message, her chat export), each one skippable and doable later from the
 * Plan and Import pages. The forms are the Plan and Import pages' own.
 */
final class FirstStepsPage {
  static final String PATH = "/first-steps";
  static final String NAME = PATH + "/name";
  static final String READINESS = PATH + "/readiness";
  static final String PLAN = PATH + "/plan";
  static final String IMPORT = PATH + "/import";

  /** Each step: its number, its heading, and the step after it. */
  static final Map<String, FirstStep> STEPS = steps();

  private final Kit kit;
  private final PlanViews views;

  FirstStepsPage(Kit kit) {
    this.kit = kit;
    this.views = new PlanViews(kit);
  }

  private static Map<String, FirstStep> steps() {
    Map<String, FirstStep> steps = new LinkedHashMap<>();
    steps.put(NAME, new FirstStep("name", 1, "What to call him", READINESS));
    steps.put(READINESS, new FirstStep("readiness", 2, "Whether now is the time", PLAN));
    steps.put(PLAN, new FirstStep("plan", 3, "Your plan and your exit message", IMPORT));
    steps.put(IMPORT, new FirstStep("import", 4, "Your chat with him", TodayPage.PATH));
    return Map.copyOf(steps);
  }

  /** The list of steps. */
  void overview(Context ctx) {
    kit.render(ctx, "first-steps.jte", Map.of("shell", kit.frame().plain()));
  }

  /** One step, its form ready. */
  void step(Context ctx) {
    String here = ctx.path();
    VaultSession session = kit.session();
    render(kit, ctx, here, views.of(session, Submitted.NONE, FieldProblems.NONE));
  }

  /** Renders step {@code here} with the Plan page's parts (also with something to fix). */
  static void render(Kit kit, Context ctx, String here, PlanViews.Parts parts) {
    FirstStep step = STEPS.get(here);
    String next = step.key().equals("name") ? step.next() : here;
    kit.render(
        ctx,
        "first-step.jte",
        Map.of("shell", kit.frame().plain(), "step", step, "plan", parts.view(here, next)));
  }
}
