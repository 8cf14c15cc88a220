package app.walkaway.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the templates compiled at build time (src/main/jte, Html content type: every value is
 * escaped for where it stands). Nothing is compiled while serving.
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} with these parameters as the response's HTML. */
  void render(Context ctx, String template, Map<String, Object> params) {
    ctx.html(text(template, params));
  }

  /** The rendered text (tests and partial updates). */
  String text(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
