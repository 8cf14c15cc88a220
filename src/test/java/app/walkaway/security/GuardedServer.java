package app.walkaway.security;

import io.javalin.Javalin;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real Jetty server with the guard before a few plain routes: a page that shows its token, a
 * change, an unlock that starts the session, a lock, and an upload that reports where its files
 * were while it ran. The web app wires the same guard the same way.
 */
final class GuardedServer implements AutoCloseable {
  static final long UPLOAD_LIMIT = 1 << 20;
  static final long FORM_LIMIT = 16 * 1024;

  /** What the web app's header step sets; here only to see that Jetty's own errors carry it. */
  static final Map<String, String> HEADERS =
      Map.of("Cache-Control", "no-store", "Content-Security-Policy", "default-src 'none'");

  final Path vaultFolder;
  final AtomicBoolean open = new AtomicBoolean();
  final Guard guard;
  private final Javalin server;

  GuardedServer(Path vaultFolder) {
    this.vaultFolder = vaultFolder;
    this.guard =
        Guard.create(
            new GuardSettings(vaultFolder, open::get, Set.of("/lock"), UPLOAD_LIMIT, FORM_LIMIT));
    this.server =
        Javalin.create(
                cfg -> {
                  cfg.jetty.host = "127.0.0.1";
                  cfg.jetty.port = 0;
                  cfg.startup.showJavalinBanner = false;
                  cfg.startup.showOldJavalinVersionWarning = false;
                  cfg.jetty.modifyServer(s -> s.setErrorHandler(new PlainErrors(HEADERS)));
                  cfg.routes.before(guard::check);
                  cfg.routes.get(
                      "/page",
                      ctx ->
                          ctx.result(
                              "token=" + guard.token(ctx) + " holder=" + guard.holdsSession(ctx)));
                  cfg.routes.post(
                      "/open",
                      ctx -> {
                        open.set(true);
                        guard.opened(ctx);
                        ctx.result("opened");
                      });
                  cfg.routes.post("/change", ctx -> ctx.result("changed"));
                  cfg.routes.post(
                      "/lock",
                      ctx -> {
                        open.set(false);
                        guard.closed();
                        ctx.result("locked");
                      });
                  cfg.routes.post(
                      "/upload",
                      ctx -> {
                        if (ctx.req().getContentLengthLong() > UPLOAD_LIMIT) {
                          ctx.result("too large, left unread"); // as the import page does
                          return;
                        }
                        long sizes = 0;
                        for (Part part : ctx.req().getParts()) {
                          sizes += part.getSubmittedFileName() == null ? 0 : part.getSize();
                        }
                        ctx.result("received " + sizes + " bytes; incoming " + count(incoming()));
                      });
                })
            .start();
  }

  int port() {
    return server.port();
  }

  Path incoming() {
    return vaultFolder.toAbsolutePath().resolve(GuardSettings.INCOMING);
  }

  static long count(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawHttp http() {
    return RawHttp.to(port());
  }

  @Override
  public void close() {
    server.stop();
  }
}
