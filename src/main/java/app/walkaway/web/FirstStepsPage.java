package app.walkaway.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * After the vault is made: a short list of first steps (what to call him, whether now is the time,
 * the plan and its exit message, her chat export), each one skippable and doable later.
 */
final class FirstStepsPage {
  static final String PATH = "/first-steps";
  private final Kit kit;

  FirstStepsPage(Kit kit) {
    this.kit = kit;
  }

  void overview(Context ctx) {
    kit.render(ctx, "first-steps.jte", Map.of("shell", kit.frame().plain()));
  }
}
