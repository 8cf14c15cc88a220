package app.walkaway.web;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

  private WebApp(Javalin server, VaultDoor door) {
    this.server = server;
    this.door = door;
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
    Javalin server = Javalin.create(cfg -> Wiring.configure(cfg, config));
    try {
      server.start();
    } catch (JavalinBindException e) {
      server.stop();
      return new Startup.PortTaken(config.port());
    }
    return new Startup.Running(new WebApp(server, config.door()));
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
    } finally {
      door.lock();
    }
  }
}
