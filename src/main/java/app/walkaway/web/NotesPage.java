package app.walkaway.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The neutral page Quick exit leaves on screen: a plain notes page with nothing about Walkaway in
 * its title, text or links, served locally so leaving needs no network.
 */
final class NotesPage {
  static final String PATH = "/notes";
  private final Templates templates;

  NotesPage(Templates templates) {
    this.templates = templates;
  }

  void show(Context ctx) {
    templates.render(ctx, "notes.jte", Map.of());
  }
}
