package app.walkaway.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;

/**
 * Puts the server together: where it listens, the assets, the one header step, the gate, and every
 * page's routes in one list. Pages change state only by POST.
 */
final class Wiring {
  static final String ASSETS = "/app/walkaway/web/assets";

  private Wiring() {}

  static void configure(JavalinConfig cfg, WebConfig config) {
    cfg.jetty.host = WebApp.HOST;
    cfg.jetty.port = config.port();
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    assets(cfg, "/assets", ASSETS);
    assets(cfg, "/webjars", "/META-INF/resources/webjars");
    Templates templates = new Templates();
    Frame frame = new Frame(config);
    VaultDoor door = config.door();
    cfg.routes.before(ResponseHeaders::apply);
    cfg.routes.before(new Gate(door)::check);
    pages(cfg.routes, templates, frame, door);
    routes(cfg.routes, templates, frame, config);
    ErrorPages errors = new ErrorPages(templates, frame);
    cfg.routes.error(404, errors::notFound);
    cfg.routes.exception(Exception.class, errors::failed);
  }

  /**
   * Files from the jar, with the same headers as every response (not the webjars' year-long cache).
   */
  private static void assets(JavalinConfig cfg, String hostedPath, String directory) {
    cfg.staticFiles.add(
        files -> {
          files.hostedPath = hostedPath;
          files.directory = directory;
          files.location = Location.CLASSPATH;
          files.headers = ResponseHeaders.STATIC_FILES;
        });
  }

  /** The pages in the navigation. */
  private static void routes(
      RoutesConfig routes, Templates templates, Frame frame, WebConfig config) {
    routes.get(
        "/insights", new InsightsPage(templates, frame, config.insights(), config.clock())::show);
  }

  private static void pages(RoutesConfig routes, Templates templates, Frame frame, VaultDoor door) {
    WelcomePage welcome = new WelcomePage(templates, frame, door);
    routes.get(Gate.WELCOME, welcome::show);
    routes.post(Gate.WELCOME, welcome::create);
    UnlockPage unlock = new UnlockPage(templates, frame, door);
    routes.get(Gate.UNLOCK, unlock::show);
    routes.post(Gate.UNLOCK, unlock::unlock);
    LockActions lock = new LockActions(door);
    routes.post(LockActions.LOCK, lock::lock);
    routes.post(LockActions.EXIT, lock::exit);
    routes.post(LockActions.STILL_HERE, lock::stillHere);
    routes.get(NotesPage.PATH, new NotesPage(templates)::show);
    routes.get(FirstStepsPage.PATH, new FirstStepsPage(templates, frame)::show);
    routes.get("/safety", new SafetyPage(templates, frame)::show);
  }
}
