package app.walkaway.web;

import app.walkaway.service.AppSettings;
import app.walkaway.service.Preferences;
import app.walkaway.service.ServiceException;
import app.walkaway.service.ServiceException.Problem;
import app.walkaway.service.Timeline;
import app.walkaway.service.TimelineQuery;
import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultSession;
import app.walkaway.text.PassphraseWords;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Option;
import app.walkaway.web.view.Section;
import app.walkaway.web.view.SettingsView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings: a discreet name, the idle lock, her country; her passphrase; an encrypted backup
 * (downloaded, or written to a folder); everything exported as a file; and wiping the vault, with a
 * step that says plainly what is lost. Everything here changes state, so everything is a POST.
 */
final class SettingsPage {
  static final String PATH = "/settings";
  static final String PASSPHRASE = "/settings/passphrase";
  static final String BACKUP = "/settings/backup";
  static final String BACKUP_FOLDER = "/settings/backup-folder";
  static final String EXPORT = "/settings/export";
  static final String WIPE = "/settings/wipe";
  static final String WIPE_CONFIRM = "/settings/wipe/confirm";

  private final Kit kit;
  private final ImportJob imports;

  SettingsPage(Kit kit, ImportJob imports) {
    this.kit = kit;
    this.imports = imports;
  }

  void show(Context ctx) {
    render(ctx, FieldProblems.NONE);
  }

  void save(Context ctx) {
    VaultSession session = kit.session();
    String name = Optional.ofNullable(ctx.formParam("app-name")).orElse("").strip();
    if (name.length() > Preferences.MAX_NAME
        || name.codePoints().anyMatch(Character::isISOControl)) {
      problem(
          ctx, "app-name", "A short name, please: at most " + Preferences.MAX_NAME + " letters.");
      return;
    }
    Duration idle =
        Optional.ofNullable(ctx.formParam("idle"))
            .filter(m -> m.matches("[0-9]{1,3}"))
            .map(Integer::parseInt)
            .filter(Preferences.IDLE_CHOICES::contains)
            .map(Duration::ofMinutes)
            .orElse(Preferences.DEFAULTS.idleLock());
    Optional<String> country =
        Optional.ofNullable(ctx.formParam("country")).filter(Preferences::isCountry);
    Optional<String> chosenName = name.isEmpty() ? Optional.empty() : Optional.of(name);
    AppSettings.save(session, new Preferences(country, idle, chosenName));
    kit.appearance().name(chosenName);
    kit.notices().put("Your settings are saved.");
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  void passphrase(Context ctx) {
    char[] current = chars(ctx, "current");
    char[] chosen = chars(ctx, "new");
    char[] again = chars(ctx, "again");
    try {
      if (current.length == 0) {
        problem(ctx, "current", "Type your current passphrase first.");
      } else if (chosen.length == 0) {
        problem(ctx, "new", PassphraseWords.CHOOSE);
      } else if (!Arrays.equals(chosen, again)) {
        problem(ctx, "again", PassphraseWords.NOT_THE_SAME);
      } else {
        change(ctx, current, chosen);
      }
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(chosen, '\0');
      Arrays.fill(again, '\0');
    }
  }

  private void change(Context ctx, char[] current, char[] chosen) {
    try {
      VaultKeeping.changePassphrase(kit.session(), current, chosen);
    } catch (ServiceException e) {
      if (e.problem() == Problem.WRONG_PASSPHRASE) {
        problem(ctx, "current", PassphraseWords.CURRENT_WRONG);
        return;
      }
      if (e.problem() == Problem.WEAK_PASSPHRASE) {
        problem(ctx, "new", PassphraseWords.TOO_SHORT);
        return;
      }
      throw e;
    }
    kit.notices().put(PassphraseWords.CHANGED);
    ctx.redirect(PATH + "#passphrase", HttpStatus.SEE_OTHER);
  }

  /** An encrypted copy, downloaded: made beside the vault, sent, and gone from there at once. */
  void backup(Context ctx) throws IOException {
    VaultSession session = kit.session();
    Path folder = imports.newFolder();
    Path copy = folder.resolve(fileName("backup", "db"));
    VaultKeeping.backup(session, copy);
    InputStream in = Files.newInputStream(copy);
    // The open stream still reads the file once its name is gone: nothing is left beside the vault.
    ImportJob.deleteAll(folder);
    attachment(ctx, copy.getFileName().toString(), "application/octet-stream");
    ctx.result(in);
  }

  void backupToFolder(Context ctx) {
    VaultSession session = kit.session();
    String typed = Optional.ofNullable(ctx.formParam("folder")).orElse("").strip();
    Optional<Path> folder = folder(typed);
    if (folder.isEmpty()) {
      problem(
          ctx, "folder", "Write the full path of a folder that exists, for example /media/usb.");
      return;
    }
    Path target = folder.get().resolve(fileName("backup", "db"));
    if (Files.exists(target)) {
      problem(
          ctx, "folder", "There is already a backup of today in that folder. Nothing was changed.");
      return;
    }
    try {
      VaultKeeping.backup(session, target);
    } catch (ServiceException | UncheckedIOException e) {
      problem(
          ctx,
          "folder",
          "The backup could not be written there. Check that the folder is yours and has room.");
      return;
    }
    kit.notices()
        .put("Your encrypted backup is saved as " + target + ". The same passphrase opens it.");
    ctx.redirect(PATH + "#backup", HttpStatus.SEE_OTHER);
  }

  private static Optional<Path> folder(String typed) {
    if (typed.isEmpty() || typed.codePoints().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(typed);
      return path.isAbsolute() && Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Everything as the documented JSON file: not encrypted, which the page says plainly. */
  void export(Context ctx) throws IOException {
    VaultSession session = kit.session();
    attachment(ctx, fileName("export", "json"), "application/json");
    VaultKeeping.export(session, ctx.outputStream(), kit.now());
  }

  /** The step before wiping: what is lost, in plain words. */
  void wipe(Context ctx) {
    long events = Timeline.page(kit.session(), TimelineQuery.all().pageSize(1)).total();
    kit.render(ctx, "wipe.jte", Map.of("shell", kit.at(Section.SETTINGS), "events", events));
  }

  void wipeConfirmed(Context ctx) {
    if (!"yes".equals(ctx.formParam("confirm"))) {
      ctx.redirect(PATH, HttpStatus.SEE_OTHER);
      return;
    }
    kit.session();
    imports.forget();
    kit.door().lock();
    VaultKeeping.wipe(kit.door().place());
    kit.appearance().name(Optional.empty());
    kit.notices().put("Your vault and everything in it are deleted from this computer.");
    ctx.redirect(Gate.WELCOME, HttpStatus.SEE_OTHER);
  }

  private String fileName(String what, String extension) {
    String app =
        kit.appearance()
            .name()
            .map(
                n ->
                    n.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", ""))
            .filter(n -> !n.isEmpty())
            .orElse("walkaway");
    return app + "-" + what + "-" + kit.today() + "." + extension;
  }

  private static void attachment(Context ctx, String name, String type) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static char[] chars(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? new char[0] : value.toCharArray();
  }

  private void problem(Context ctx, String field, String what) {
    boolean secret = field.equals("current") || field.equals("new") || field.equals("again");
    String typed = secret ? "" : Optional.ofNullable(ctx.formParam(field)).orElse("");
    render(ctx, new FieldProblems(Map.of(field, what), secret ? Map.of() : Map.of(field, typed)));
  }

  private void render(Context ctx, FieldProblems problems) {
    Preferences now = AppSettings.read(kit.session());
    kit.render(
        ctx,
        "settings.jte",
        Map.of(
            "shell",
            kit.at(Section.SETTINGS),
            "settings",
            new SettingsView(
                now.appName().orElse(""),
                idle(now.idleLock()),
                countries(now.country()),
                kit.notices().take(),
                problems)));
  }

  private static List<Option> idle(Duration chosen) {
    List<Option> options = new ArrayList<>();
    for (int minutes : Preferences.IDLE_CHOICES) {
      String label = minutes == 60 ? "1 hour" : minutes + " minutes";
      options.add(new Option(Integer.toString(minutes), label, "", chosen.toMinutes() == minutes));
    }
    return options;
  }

  private static List<Option> countries(Optional<String> chosen) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", "Not chosen yet", "", chosen.isEmpty()));
    Arrays.stream(Locale.getISOCountries())
        .map(
            code ->
                new Option(
                    code,
                    new Locale("", code).getDisplayCountry(Locale.UK),
                    "",
                    chosen.filter(code::equals).isPresent()))
        .sorted(Comparator.comparing(Option::label))
        .forEach(options::add);
    return options;
  }
}
