package app.walkaway.web;

import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Safety: where to get help now and how Quick exit works. The risk screen, the evidence journal and
 * the report join this page when the safety work lands.
 */
final class SafetyPage {
  private final Kit kit;

  SafetyPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    kit.render(ctx, "safety.jte", Map.of("shell", kit.at(Section.SAFETY)));
  }
}
