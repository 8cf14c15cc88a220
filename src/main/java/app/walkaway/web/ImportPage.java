package app.walkaway.web;

import app.walkaway.importer.Participant;
import app.walkaway.web.view.ImportView;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Import: she sends one or more exports (txt, zip, json, xml), says which of the people in them is
 * her and which is him, watches the import's progress, and reads what it did. Uploads stream to
 * disk in a folder beside the vault (never held in memory whole) and are deleted once stored.
 */
final class ImportPage {
  static final String PATH = "/import";
  static final String START = "/import/start";
  static final String PROGRESS = "/import/progress";
  static final String CANCEL = "/import/cancel";

  /** Parts of an upload below this stay in memory; anything larger goes straight to disk. */
  private static final int IN_MEMORY = 64 * 1024;

  private static final String JETTY_MULTIPART = "org.eclipse.jetty.multipartConfig";

  private final Kit kit;
  private final ImportJob job;
  private final long limit;

  ImportPage(Kit kit, ImportJob job, long limit) {
    this.kit = kit;
    this.job = job;
    this.limit = limit;
  }

  void show(Context ctx) {
    kit.session();
    kit.render(
        ctx,
        "import.jte",
        Map.of("shell", kit.at(Section.IMPORT), "imports", view(PATH), "step", false));
  }

  /** The last of the first steps: the same page, outside the navigation. */
  void firstStep(Context ctx) {
    kit.session();
    kit.render(
        ctx,
        "import.jte",
        Map.of("shell", kit.frame().plain(), "imports", view(FirstStepsPage.IMPORT), "step", true));
  }

  /** Only the progress (htmx polls it while an import runs); the whole page without htmx. */
  void progress(Context ctx) {
    kit.session();
    if (!"true".equals(ctx.header("HX-Request"))) {
      ctx.redirect(PATH, HttpStatus.SEE_OTHER);
      return;
    }
    // htmx says which page is polling: the Import page, or the last of the first steps.
    String polling = Optional.ofNullable(ctx.header("HX-Current-URL")).orElse("");
    String here = polling.endsWith(FirstStepsPage.IMPORT) ? FirstStepsPage.IMPORT : PATH;
    kit.render(
        ctx, "import-state.jte", Map.of("imports", view(here), "csrf", kit.frame().plain().csrf()));
  }

  void upload(Context ctx) {
    kit.session();
    String back = PATH;
    if (ctx.req().getContentLengthLong() > limit) {
      drain(ctx, ctx.req().getContentLengthLong());
      tooLarge(ctx);
      return;
    }
    Path folder = job.newFolder();
    List<Path> files = new ArrayList<>();
    try {
      ctx.req()
          .setAttribute(
              JETTY_MULTIPART,
              new MultipartConfigElement(folder.toString(), limit, limit, IN_MEMORY));
      Set<String> names = new HashSet<>();
      for (Part part : ctx.req().getParts()) {
        if (part.getName().equals("from")) {
          back = text(part).equals(FirstStepsPage.IMPORT) ? FirstStepsPage.IMPORT : PATH;
        } else if (part.getName().equals("files")
            && part.getSubmittedFileName() != null
            && !part.getSubmittedFileName().isBlank()) {
          Path target = folder.resolve(UploadNames.unique(part.getSubmittedFileName(), names));
          // Copied, not moved: Jetty may keep the part's own file until the request ends.
          try (InputStream in = part.getInputStream()) {
            Files.copy(in, target);
          }
          part.delete();
          files.add(target);
        }
      }
    } catch (IllegalStateException | IOException | ServletException e) {
      ImportJob.deleteAll(folder);
      if (isTooLarge(e)) {
        tooLarge(ctx);
        return;
      }
      throw new IllegalStateException("the upload could not be read", e);
    }
    if (files.isEmpty()) {
      ImportJob.deleteAll(folder);
      ctx.redirect(back, HttpStatus.SEE_OTHER);
      return;
    }
    job.uploaded(folder, files);
    ctx.redirect(back, HttpStatus.SEE_OTHER);
  }

  void start(Context ctx) {
    Optional<String> me = Optional.ofNullable(ctx.formParam("me")).filter(s -> !s.isBlank());
    Optional<String> him = Optional.ofNullable(ctx.formParam("him")).filter(s -> !s.isBlank());
    String back = Next.of(ctx, PATH);
    if (job.state() instanceof ImportJob.Choosing choosing
        && !choosing.batch().people().isEmpty()) {
      if (me.isEmpty() || him.isEmpty()) {
        job.problem("Choose which one is you and which one is him.");
        ctx.redirect(back, HttpStatus.SEE_OTHER);
        return;
      }
      if (me.equals(him)) {
        job.problem("You and he cannot be the same person. Choose again.");
        ctx.redirect(back, HttpStatus.SEE_OTHER);
        return;
      }
    }
    job.start(kit.session(), me, him);
    ctx.redirect(back, HttpStatus.SEE_OTHER);
  }

  void cancel(Context ctx) {
    job.forget();
    ctx.redirect(Next.of(ctx, PATH), HttpStatus.SEE_OTHER);
  }

  private void tooLarge(Context ctx) {
    job.forget();
    ctx.status(HttpStatus.OK);
    kit.notices().forget();
    kit.render(
        ctx,
        "import.jte",
        Map.of(
            "shell",
            kit.at(Section.IMPORT),
            "imports",
            failed(
                "These files are larger than "
                    + UploadNames.size(limit)
                    + " together, which is more than Walkaway takes at once. Nothing was"
                    + " stored. Send them one at a time, or the chat without its photos and"
                    + " videos.",
                PATH),
            "step",
            false));
  }

  private static boolean isTooLarge(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = Optional.ofNullable(t.getMessage()).orElse("").toLowerCase();
      if (message.contains("exceeds") || message.contains("max") || message.contains("too large")) {
        return true;
      }
    }
    return false;
  }

  private static String text(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(200), StandardCharsets.UTF_8);
    }
  }

  private ImportView failed(String message, String here) {
    return new ImportView(
        "failed",
        Optional.of(message),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        UploadNames.size(limit),
        limit,
        here);
  }

  ImportView view(String here) {
    ImportJob.State state = job.state();
    String size = UploadNames.size(limit);
    if (state instanceof ImportJob.Choosing c) {
      return new ImportView(
          "choosing",
          c.problem(),
          c.batch().names(),
          c.batch().people().stream().map(ImportPage::person).toList(),
          Optional.empty(),
          Optional.empty(),
          size,
          limit,
          here);
    }
    if (state instanceof ImportJob.Running r) {
      return new ImportView(
          "running",
          Optional.empty(),
          r.batch().names(),
          List.of(),
          Optional.of(new ImportView.Progress(r.progress().phase(), r.progress().percent())),
          Optional.empty(),
          size,
          limit,
          here);
    }
    if (state instanceof ImportJob.Done d) {
      return new ImportView(
          "done",
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.of(new ImportView.Summary(d.total(), d.files(), d.notes())),
          size,
          limit,
          here);
    }
    if (state instanceof ImportJob.Failed f) {
      return failed(f.message(), here);
    }
    return new ImportView(
        "idle",
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        size,
        limit,
        here);
  }

  private static ImportView.Person person(Participant p) {
    return new ImportView.Person(p.name(), p.withCount(), p.owner());
  }

  /** Bodies up to this size are read to their end (and dropped) before a refusal is sent. */
  private static final long DRAIN_AT_MOST = 512L << 20;

  /**
   * Reads a refused upload to its end, unkept, so that her browser has finished sending before the
   * answer comes: an answer sent mid-upload can reach a browser as a reset connection instead of
   * the page that says how large an upload may be. Past {@link #DRAIN_AT_MOST} it is not worth the
   * wait.
   */
  private static void drain(Context ctx, long length) {
    if (length > DRAIN_AT_MOST) {
      return;
    }
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException e) {
      // She stopped sending: the answer goes out all the same.
    }
  }
}
