package app.walkaway.cli;

import app.walkaway.service.AppSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.demo.DemoRequest;
import app.walkaway.service.demo.DemoStory;
import app.walkaway.service.demo.DemoVault;
import app.walkaway.web.Startup;
import app.walkaway.web.WebApp;
import app.walkaway.web.WebConfig;
import app.walkaway.web.view.Shell;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway serve}: the web app, on this computer only, until Ctrl+C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Opens Walkaway in your web browser.",
      "%nThe pages are served on this computer only (127.0.0.1), never to the network. Stop with"
          + " Ctrl+C: your vault locks.",
      "%nTo look around first: walkaway serve --demo. It shows an invented story in a throwaway"
          + " vault that is deleted when you stop; your own vault is not touched."
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
      names = "--demo",
      arity = "0..1",
      paramLabel = "STORY",
      fallbackValue = "chasing",
      description = {
        "Try Walkaway on an invented story, in a throwaway vault deleted when you stop.",
        "STORY is how he responds: chasing (the default: he reaches for her), silence (he goes"
            + " quiet) or unsafe (he turns threatening)."
      })
  String demo;

  @Option(
      names = "--home",
      hidden = true,
      paramLabel = "DIR",
      description = "Data folder (default: $WALKAWAY_HOME, else ~/.walkaway).")
  Path home;

  @Option(
      names = "--temp",
      hidden = true,
      paramLabel = "DIR",
      description = "Where the demo makes its throwaway folder (default: the system's).")
  Path temp;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VaultPlace place = VaultPlace.resolve(Optional.ofNullable(home));
    // Her discreet name where she chose one: nothing printed here names Walkaway then.
    String name = AppSettings.discreetName(place).orElse(Shell.DEFAULT_NAME);
    if (app && demo == null) {
      Optional<URI> open = WebApp.alreadyServing(place);
      if (open.isPresent()) {
        out.println(name + " is already open at " + open.get());
        browse(open.get(), out);
        return 0;
      }
    }
    Optional<Running> started = start(err);
    if (started.isEmpty()) {
      return UserErrorHandler.USER_ERROR;
    }
    Running running = started.get();
    // Before anything is printed: a Ctrl+C as soon as the address shows still cleans up.
    CountDownLatch asked = new CountDownLatch(1);
    Runnable stop = stopOnce(running, out);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  asked.countDown();
                },
                "walkaway-serve-stop"));
    if (app) {
      running.app().whenPagesClosed(asked::countDown);
    }
    URI address = running.app().address();
    out.println(name + " is open at " + address);
    out.println(howToStop(running.served().isDemo()));
    browse(address, out);
    asked.await();
    stop.run();
    return 0;
  }

  private String howToStop(boolean isDemo) {
    if (isDemo) {
      return "This is the demo: an invented story in a throwaway vault, deleted when you stop."
          + " Your own vault is not touched.\n"
          + (app
              ? "Only this computer can reach it. Close the page to stop."
              : "Only this computer can reach it. Press Ctrl+C here to stop.");
    }
    return app
        ? "Only this computer can reach it. Close the page to stop; your vault locks."
        : "Only this computer can reach it. Press Ctrl+C here to stop; your vault locks.";
  }

  private void browse(URI address, PrintWriter out) {
    if (!noBrowser && !BrowserOpener.open(address)) {
      out.println("Open that address in your web browser.");
    }
    out.flush();
  }

  /** The web app serving, and what it serves. {@link #stop()} undoes both. */
  record Running(WebApp app, Served served) {
    void stop() {
      try {
        app.close();
      } finally {
        served.close();
      }
    }
  }

  /**
   * Starts serving her vault, or the demo; empty (with the reason told on {@code err}) when the
   * port is taken. Demo folders that killed runs left behind are deleted first, at every start.
   */
  Optional<Running> start(PrintWriter err) {
    Path tempRoot = temp != null ? temp : DemoRequest.systemTemp();
    DemoVault.sweepLeftovers(tempRoot);
    Served served =
        demo == null
            ? Served.herVault(VaultPlace.resolve(Optional.ofNullable(home)))
            : Served.demo(story(demo), tempRoot, LocalDateTime.now());
    int chosen = port != null ? port : app ? 0 : WebConfig.DEFAULT_PORT;
    Startup startup;
    try {
      startup = WebApp.start(served.config(chosen).withApp(app));
    } catch (RuntimeException | Error e) {
      served.close();
      throw e;
    }
    if (startup instanceof Startup.PortTaken taken) {
      served.close();
      err.println(app ? appPortTaken(taken.port()) : portTaken(taken.port()));
      return Optional.empty();
    }
    return Optional.of(new Running(((Startup.Running) startup).app(), served));
  }

  private DemoStory story(String label) {
    return DemoStory.fromLabel(label)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "there is no demo story called \""
                        + label
                        + "\": choose "
                        + DemoStory.labels()
                        + " (for example: walkaway serve --demo=silence)"));
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

  /** Stops serving and cleans up, then says so; once, whichever asked first. */
  private static Runnable stopOnce(Running running, PrintWriter out) {
    AtomicBoolean stopped = new AtomicBoolean();
    return () -> {
      if (stopped.compareAndSet(false, true)) {
        running.stop();
        out.println(
            running.served().isDemo()
                ? "Stopped. The demo is deleted."
                : "Stopped. Your vault is locked.");
        out.flush();
      }
    };
  }
}
