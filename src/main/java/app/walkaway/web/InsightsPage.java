package app.walkaway.web;

import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Insights: who starts the conversations week by week, how fast each answers before and since, a
 * calendar of his contact, and when in the week it comes. Each picture has its reading above it and
 * its table behind "Show as table".
 */
final class InsightsPage {
  private final Templates templates;
  private final Frame frame;
  private final InsightsSource source;
  private final Clock clock;

  InsightsPage(Templates templates, Frame frame, InsightsSource source, Clock clock) {
    this.templates = templates;
    this.frame = frame;
    this.source = source;
    this.clock = clock;
  }

  void show(Context ctx) {
    Optional<app.walkaway.web.view.InsightsView> view = source.view(LocalDate.now(clock));
    if (view.isEmpty()) {
      templates.render(
          ctx,
          "nothing-yet.jte",
          Map.of(
              "shell",
              frame.at(Section.INSIGHTS),
              "title",
              "Insights",
              "line",
              "There is nothing to draw yet. Import your chat with him, or log what happens, and"
                  + " the pictures appear here."));
      return;
    }
    templates.render(
        ctx, "insights.jte", Map.of("shell", frame.at(Section.INSIGHTS), "insights", view.get()));
  }
}
