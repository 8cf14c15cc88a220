package app.walkaway.cli;

import app.walkaway.service.AppSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.web.Startup;
import app.walkaway.web.WebApp;
import app.walkaway.web.WebConfig;
import app.walkaway.web.view.Shell;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway serve}: the web app, on this computer only, until Ctrl+C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Opens Walkaway in your web browser.",
      "%nThe pages are served on this computer only (127.0.0.1), never to the network. Stop with"
          + " Ctrl+C: your vault locks."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port on this computer (default: 7070; with --app, a free one).")
  Integer port;

  @Option(names = "--no-browser", description = "Do not open a browser; just print the address.")
  boolean noBrowser;

  @Option(
      names = "--app",
      description = {
        "As the app: stops, locking your vault, once you have closed the page. If it is already"
            + " open, opens that page instead."
      })
  boolean app;

  @Option(
      names = "--home",
      hidden = true,
      paramLabel = "DIR",
      description = "Data folder (default: $WALKAWAY_HOME, else ~/.walkaway).")
  Path home;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VaultPlace place = VaultPlace.resolve(Optional.ofNullable(home));
    // Her discreet name where she chose one: nothing printed here names Walkaway then.
    String name = AppSettings.discreetName(place).orElse(Shell.DEFAULT_NAME);
    if (app) {
      Optional<URI> open = WebApp.alreadyServing(place);
      if (open.isPresent()) {
        out.println(name + " is already open at " + open.get());
        browse(open.get(), out);
        return 0;
      }
    }
    int chosen = port != null ? port : app ? 0 : WebConfig.DEFAULT_PORT;
    Startup startup = WebApp.start(WebConfig.of(place).withPort(chosen).withApp(app));
    if (startup instanceof Startup.PortTaken taken) {
      err.println(app ? appPortTaken(taken.port()) : portTaken(taken.port()));
      return UserErrorHandler.USER_ERROR;
    }
    WebApp served = ((Startup.Running) startup).app();
    out.println(name + " is open at " + served.address());
    out.println(
        app
            ? "Only this computer can reach it. Close the page to stop; your vault locks."
            : "Only this computer can reach it. Press Ctrl+C here to stop; your vault locks.");
    browse(served.address(), out);
    awaitStop(served, out);
    return 0;
  }

  private void browse(URI address, PrintWriter out) {
    if (!noBrowser && !BrowserOpener.open(address)) {
      out.println("Open that address in your web browser.");
    }
    out.flush();
  }

  static String portTaken(int port) {
    return "walkaway: port "
        + port
        + " on this computer is already in use, perhaps by Walkaway itself in another window"
        + " (then open http://127.0.0.1:"
        + port
        + "/ in your browser). Or choose another port: walkaway serve --port "
        + (port == 65_535 ? port - 1 : port + 1);
  }

  /** With --app and a port given that is taken (a free one is chosen otherwise): no name said. */
  static String appPortTaken(int port) {
    return "Port " + port + " on this computer is already in use. Choose another with --port.";
  }

  /**
   * Serves until the process is asked to stop (Ctrl+C, or the system at logout) or, as the app,
   * until she has closed the page; then stops serving and locks, once, whichever came first.
   */
  private void awaitStop(WebApp served, PrintWriter out) throws InterruptedException {
    CountDownLatch asked = new CountDownLatch(1);
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            served.close();
            out.println("Stopped. Your vault is locked.");
            out.flush();
          }
        };
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  asked.countDown();
                },
                "walkaway-serve-stop"));
    if (app) {
      served.whenPagesClosed(asked::countDown);
    }
    asked.await();
    stop.run();
  }
}
