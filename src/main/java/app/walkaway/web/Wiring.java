package app.walkaway.web;

import app.walkaway.security.Guard;
import app.walkaway.security.GuardSettings;
import app.walkaway.security.PlainErrors;
import app.walkaway.service.ServiceException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the server together: where it listens, the assets, the one header step, the gate, and every
 * page's routes in one list. Pages change state only by POST.
 */
final class Wiring {
  static final String ASSETS = "/app/walkaway/web/assets";

  /** Beside the vault: uploads wait here until they are read (and backups until they are sent). */
  static final String INCOMING = "incoming";

  private Wiring() {}

  static void configure(
      JavalinConfig cfg, WebConfig config, Optional<OpenPages> pages, ServingNote note) {
    cfg.jetty.host = WebApp.HOST;
    cfg.jetty.port = config.port();
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    assets(cfg, "/assets", ASSETS);
    assets(cfg, "/webjars", "/META-INF/resources/webjars");
    VaultDoor door = config.door();
    Path vaultFolder = door.place().file().toAbsolutePath().getParent();
    Guard guard = guard(cfg, config, vaultFolder);
    Appearance appearance = new Appearance(door.place());
    Csrf csrf = new Csrf(guard);
    Kit kit =
        new Kit(
            new Templates(),
            new Frame(config, appearance, csrf),
            door,
            config.clock(),
            appearance,
            new Notices(),
            guard);
    ImportJob imports = new ImportJob(vaultFolder.resolve(INCOMING));
    config.lastImport().ifPresent(imports::showDone);
    door.onLock(imports::forget);
    // The demo's import is invented, not hers: after a lock it is shown again, as at the start.
    config.lastImport().ifPresent(shown -> door.onLock(() -> imports.showDone(shown)));
    door.onLock(kit.notices()::forget);
    cfg.routes.before(ResponseHeaders::apply);
    cfg.routes.before(guard::check);
    cfg.routes.before(new Gate(door, guard)::check);
    doors(cfg.routes, kit);
    cfg.routes.get(OpenPages.PATH, ctx -> ctx.contentType("text/plain").result(note.token()));
    pages.ifPresent(open -> cfg.routes.post(OpenPages.PATH, open::handle));
    pages(cfg.routes, kit, imports, config.uploadLimit());
    ErrorPages errors = new ErrorPages(kit.templates(), kit.frame());
    cfg.routes.error(404, errors::notFound);
    cfg.routes.exception(VaultDoor.Locked.class, (e, ctx) -> Gate.sendTo(ctx, Gate.UNLOCK));
    cfg.routes.exception(ServiceException.class, (e, ctx) -> serviceFailed(e, ctx, errors));
    cfg.routes.exception(Exception.class, errors::failed);
  }

  /**
   * The guards of issue 19 (app.walkaway.security), all set up here: which Host and which site may
   * speak to the app, her one session bound to the unlock and gone with every lock, the CSRF token
   * on every POST, uploads only inside the vault's folder and under the limit, and Jetty's own
   * errors with the app's headers. Lock and Quick exit only ever shut the vault: a page left open
   * from before a restart must still lock and leave at once, so they need no token (another site
   * still cannot send them).
   */
  private static Guard guard(JavalinConfig cfg, WebConfig config, Path vaultFolder) {
    VaultDoor door = config.door();
    Guard guard =
        Guard.create(
            new GuardSettings(
                vaultFolder,
                () -> door.state() == VaultDoor.State.OPEN,
                Set.of(LockActions.LOCK, LockActions.EXIT),
                config.uploadLimit(),
                GuardSettings.DEFAULT_FORM_LIMIT));
    door.onLock(guard::closed);
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrors(ResponseHeaders.ALL)));
    return guard;
  }

  /** A session that locked under a page sends her to the lock screen; anything else is a bug. */
  private static void serviceFailed(ServiceException e, Context ctx, ErrorPages errors) {
    if (e.problem() == ServiceException.Problem.VAULT_LOCKED) {
      Gate.sendTo(ctx, Gate.UNLOCK);
    } else {
      errors.failed(e, ctx);
    }
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

  /** First run, unlocking, locking, Quick exit, the neutral page. */
  private static void doors(RoutesConfig routes, Kit kit) {
    WelcomePage welcome = new WelcomePage(kit);
    routes.get(Gate.WELCOME, welcome::show);
    routes.post(Gate.WELCOME, welcome::create);
    UnlockPage unlock = new UnlockPage(kit);
    routes.get(Gate.UNLOCK, unlock::show);
    routes.post(Gate.UNLOCK, unlock::unlock);
    LockActions lock = new LockActions(kit.door());
    routes.post(LockActions.LOCK, lock::lock);
    routes.post(LockActions.EXIT, lock::exit);
    routes.post(LockActions.STILL_HERE, lock::stillHere);
    routes.get(NotesPage.PATH, new NotesPage(kit.templates())::show);
  }

  /** The pages in the navigation, and the first steps that lead to them. */
  private static void pages(RoutesConfig routes, Kit kit, ImportJob imports, long uploadLimit) {
    FirstStepsPage steps = new FirstStepsPage(kit);
    routes.get(FirstStepsPage.PATH, steps::overview);
    routes.get(FirstStepsPage.NAME, steps::step);
    routes.get(FirstStepsPage.READINESS, steps::step);
    routes.get(FirstStepsPage.PLAN, steps::step);
    TodayPage today = new TodayPage(kit);
    routes.get(TodayPage.PATH, today::show);
    routes.post(TodayPage.LOG, today::log);
    routes.post(TodayPage.URGE, today::urge);
    ReadoutPage readout = new ReadoutPage(kit);
    routes.get(ReadoutPage.PATH, readout::show);
    routes.post(ReadoutPage.MARK, readout::mark);
    routes.get("/insights", new InsightsPage(kit)::show);
    routes.get(TimelineRoute.PATH, new TimelineRoute(kit)::show);
    PlanPage plan = new PlanPage(kit);
    routes.get(PlanPage.PATH, plan::show);
    routes.post(PlanPage.PATH, plan::savePlan);
    routes.post(PlanPage.NAME, plan::saveName);
    routes.post(PlanPage.READINESS, plan::readiness);
    routes.post(PlanPage.MESSAGE, plan::saveMessage);
    ImportPage importPage = new ImportPage(kit, imports, uploadLimit);
    routes.get(ImportPage.PATH, importPage::show);
    routes.get(FirstStepsPage.IMPORT, importPage::firstStep);
    routes.post(ImportPage.PATH, importPage::upload);
    routes.post(ImportPage.START, importPage::start);
    routes.post(ImportPage.CANCEL, importPage::cancel);
    routes.get(ImportPage.PROGRESS, importPage::progress);
    SafetyPage safety = new SafetyPage(kit);
    routes.get(SafetyPage.PATH, safety::show);
    routes.get(SafetyPage.SCREEN, safety::screen);
    routes.post(SafetyPage.SCREEN, safety::answer);
    EvidencePage evidence = new EvidencePage(kit);
    routes.get(EvidencePage.PATH, evidence::show);
    routes.post(EvidencePage.PATH, evidence::add);
    routes.post(EvidencePage.VERIFY, evidence::verify);
    routes.post(EvidencePage.MESSAGE, evidence::message);
    routes.post(EvidencePage.REPORT, evidence::report);
    SettingsPage settings = new SettingsPage(kit, imports);
    routes.get(SettingsPage.PATH, settings::show);
    routes.post(SettingsPage.PATH, settings::save);
    routes.post(SettingsPage.PASSPHRASE, settings::passphrase);
    routes.post(SettingsPage.BACKUP, settings::backup);
    routes.post(SettingsPage.BACKUP_FOLDER, settings::backupToFolder);
    routes.post(SettingsPage.EXPORT, settings::export);
    routes.post(SettingsPage.WIPE, settings::wipe);
    routes.post(SettingsPage.WIPE_CONFIRM, settings::wipeConfirmed);
  }
}
