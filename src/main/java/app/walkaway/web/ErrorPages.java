package app.walkaway.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calm pages for a wrong address and for a bug. She never sees a stack trace; the log gets the kind
 * of failure and the page's path, never a message (it could quote her data) or a form value.
 */
final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
  private final Templates templates;
  private final Frame frame;

  ErrorPages(Templates templates, Frame frame) {
    this.templates = templates;
    this.frame = frame;
  }

  void notFound(Context ctx) {
    ctx.status(HttpStatus.NOT_FOUND);
    render(ctx, false);
  }

  void failed(Exception e, Context ctx) {
    LOG.error("{} on {} {}", e.getClass().getName(), ctx.method(), ctx.path());
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
    render(ctx, true);
  }

  private void render(Context ctx, boolean bug) {
    templates.render(ctx, "problem.jte", Map.of("shell", frame.plain(), "bug", bug));
  }
}
