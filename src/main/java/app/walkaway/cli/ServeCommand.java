package app.walkaway.cli;

import app.walkaway.service.VaultPlace;
import app.walkaway.web.Startup;
import app.walkaway.web.WebApp;
import app.walkaway.web.WebConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
      defaultValue = "7070",
      description = "The port on this computer (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-browser", description = "Do not open a browser; just print the address.")
  boolean noBrowser;

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
    WebConfig config = WebConfig.of(place);
    Startup startup = WebApp.start(config.withPort(port));
    if (startup instanceof Startup.PortTaken taken) {
      err.println(portTaken(taken.port()));
      return UserErrorHandler.USER_ERROR;
    }
    WebApp app = ((Startup.Running) startup).app();
    out.println("Walkaway is open at " + app.address());
    out.println("Only this computer can reach it. Press Ctrl+C here to stop; your vault locks.");
    if (!noBrowser && !BrowserOpener.open(app.address())) {
      out.println("Open that address in your web browser.");
    }
    out.flush();
    awaitStop(app, out);
    return 0;
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

  /** Serves until the process is asked to stop (Ctrl+C), then stops serving and locks. */
  private static void awaitStop(WebApp app, PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  out.println("Stopped. Your vault is locked.");
                  out.flush();
                  stopped.countDown();
                },
                "walkaway-serve-stop"));
    stopped.await();
  }
}
