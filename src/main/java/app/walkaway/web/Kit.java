package app.walkaway.web;

import app.walkaway.service.HisName;
import app.walkaway.service.VaultSession;
import app.walkaway.text.Him;
import app.walkaway.web.view.Section;
import app.walkaway.web.view.Shell;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What every page handler works with: the templates, the frame, the one vault session, and the
 * clock (the edge reads the time; the core is handed it).
 */
record Kit(
    Templates templates,
    Frame frame,
    VaultDoor door,
    Clock clock,
    Appearance appearance,
    Notices notices) {

  /** The open session; a page that finds it locked is sent to the lock screen. */
  VaultSession session() {
    return door.session();
  }

  /** How the page names him: the name she chose, or "he". */
  Him him(VaultSession session) {
    return Him.of(HisName.find(session));
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Shell at(Section section) {
    return frame.at(section);
  }

  void render(Context ctx, String template, Map<String, Object> params) {
    templates.render(ctx, template, params);
  }
}
