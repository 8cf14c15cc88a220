package app.walkaway.web;

import app.walkaway.web.view.Section;
import app.walkaway.web.view.Shell;
import java.util.Optional;

/** Builds each page's frame from how the app is served. */
final class Frame {
  private final WebConfig config;

  Frame(WebConfig config) {
    this.config = config;
  }

  /** The frame of a page outside the navigation (unlock, first run, errors). */
  Shell plain() {
    String name = config.discreetName().orElse(Shell.DEFAULT_NAME);
    return new Shell(
        name,
        config.discreetName().isPresent(),
        Optional.empty(),
        config.demo(),
        config.idleLock().toSeconds());
  }

  /** The frame of a page in the navigation. */
  Shell at(Section section) {
    return plain().at(section);
  }
}
