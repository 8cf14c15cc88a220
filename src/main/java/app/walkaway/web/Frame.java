package app.walkaway.web;

import app.walkaway.web.view.Section;
import app.walkaway.web.view.Shell;
import java.util.Optional;

/** Builds each page's frame from how the app is served and what she chose. */
final class Frame {
  private final WebConfig config;
  private final Appearance appearance;
  private final Csrf csrf;

  Frame(WebConfig config, Appearance appearance, Csrf csrf) {
    this.config = config;
    this.appearance = appearance;
    this.csrf = csrf;
  }

  /** The frame of a page outside the navigation (unlock, first run, errors). */
  Shell plain() {
    Optional<String> chosen = appearance.name();
    return new Shell(
        chosen.orElse(Shell.DEFAULT_NAME),
        chosen.isPresent(),
        Optional.empty(),
        config.demo(),
        config.door().idleLock().toSeconds(),
        csrf.token());
  }

  /** The frame of a page in the navigation. */
  Shell at(Section section) {
    return plain().at(section);
  }
}
