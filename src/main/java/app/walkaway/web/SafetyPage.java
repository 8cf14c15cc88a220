package app.walkaway.web;

import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Safety: where to get help now and how Quick exit works. The risk screen, the evidence journal and
 * the report join this page when the safety work lands.
 */
final class SafetyPage {
  private final Templates templates;
  private final Frame frame;

  SafetyPage(Templates templates, Frame frame) {
    this.templates = templates;
    this.frame = frame;
  }

  void show(Context ctx) {
    templates.render(ctx, "safety.jte", Map.of("shell", frame.at(Section.SAFETY)));
  }
}
