package app.walkaway.web;

import app.walkaway.service.VaultPlace;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The running web app: Javalin on 127.0.0.1 only (never another interface: her data must not be
 * reachable from the network), with every asset served from the jar. Closing it stops the server
 * and locks the vault.
 */
public final class WebApp implements AutoCloseable {
  static final String HOST = "127.0.0.1";

  /** How often the idle lock is checked when no request comes: a few seconds late at most. */
  static final Duration IDLE_CHECK = Duration.ofSeconds(2);

  private final Javalin server;
  private final VaultDoor door;
  private final ScheduledExecutorService idleCheck;
  private final Optional<OpenPages> pages;
  private final ServingNote note;

  private WebApp(Javalin server, VaultDoor door, Optional<OpenPages> pages, ServingNote note) {
    this.server = server;
    this.door = door;
    this.pages = pages;
    this.note = note;
    this.idleCheck =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "walkaway-idle-lock");
              thread.setDaemon(true);
              return thread;
            });
    idleCheck.scheduleWithFixedDelay(
        this::lockIfIdle, IDLE_CHECK.toMillis(), IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** An unattended vault locks itself even when no page asks for anything. */
  private void lockIfIdle() {
    try {
      door.lockIfIdle();
    } catch (RuntimeException e) {
      // The next check tries again; a failure here must not stop the checks.
    }
  }

  /** Starts serving; says so plainly when the port is taken instead of throwing. */
  public static Startup start(WebConfig config) {
    Objects.requireNonNull(config, "config");
    Optional<OpenPages> pages =
        config.app() ? Optional.of(new OpenPages(Clock.systemUTC())) : Optional.empty();
    ServingNote note = new ServingNote(folderOf(config.door().place()));
    Javalin server = Javalin.create(cfg -> Wiring.configure(cfg, config, pages, note));
    try {
      server.start();
    } catch (JavalinBindException e) {
      server.stop();
      return new Startup.PortTaken(config.port());
    }
    WebApp app = new WebApp(server, config.door(), pages, note);
    note.write(app.address());
    return new Startup.Running(app);
  }

  /**
   * Where a Walkaway already serves the vault at {@code place}, if one does (opening the app again
   * then opens that page rather than a second server the vault's lock would refuse).
   */
  public static Optional<URI> alreadyServing(VaultPlace place) {
    return ServingNote.find(folderOf(place));
  }

  static Path folderOf(VaultPlace place) {
    return place.file().toAbsolutePath().getParent();
  }

  /**
   * Served as the app: runs {@code then} once, when she has closed every page ({@link OpenPages});
   * checked every second. Serving goes on until {@link #close}.
   */
  public void whenPagesClosed(Runnable then) {
    OpenPages open =
        pages.orElseThrow(
            () -> new IllegalStateException("served with walkaway serve, not as the app"));
    AtomicBoolean told = new AtomicBoolean();
    idleCheck.scheduleWithFixedDelay(
        () -> {
          if (open.allClosed() && told.compareAndSet(false, true)) {
            then.run();
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  /** Where she opens it: http://127.0.0.1:PORT/ */
  public URI address() {
    return URI.create("http://" + HOST + ":" + server.port() + "/");
  }

  public int port() {
    return server.port();
  }

  /** Stops serving and locks the vault, in that order, so no request finds it half-closed. */
  @Override
  public void close() {
    try {
      idleCheck.shutdownNow();
      server.stop();
      note.erase();
    } finally {
      door.lock();
    }
  }
}
