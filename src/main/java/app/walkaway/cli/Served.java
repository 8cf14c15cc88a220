package app.walkaway.cli;

import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.demo.DemoRequest;
import app.walkaway.service.demo.DemoStory;
import app.walkaway.service.demo.DemoVault;
import app.walkaway.web.VaultDoor;
import app.walkaway.web.WebConfig;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What {@code serve} serves: her own vault, or the demo's throwaway one; and what to clean up when
 * it stops (the demo's folder, deleted with everything in it).
 */
final class Served implements AutoCloseable {
  private final VaultDoor door;
  private final Optional<DemoVault> demo;

  private Served(VaultDoor door, Optional<DemoVault> demo) {
    this.door = door;
    this.demo = demo;
  }

  /** Her own vault, created or unlocked in the browser. */
  static Served herVault(VaultPlace place) {
    return new Served(new VaultFileDoor(place, WebConfig.DEFAULT_IDLE_LOCK), Optional.empty());
  }

  /**
   * A throwaway demo vault telling {@code story}, made in a new folder in {@code tempRoot} with the
   * story ending the day before {@code now}. Her own vault is not looked at.
   */
  static Served demo(DemoStory story, Path tempRoot, LocalDateTime now) {
    SessionSettings settings = SessionSettings.defaults().withIdleLock(WebConfig.DEFAULT_IDLE_LOCK);
    DemoVault vault =
        DemoVault.open(new DemoRequest(tempRoot, story, DemoRequest.SEED, now, settings));
    return new Served(new DemoDoor(vault), Optional.of(vault));
  }

  /** How the web app is configured for it (the demo wears its ribbon on every page). */
  WebConfig config(int port) {
    return WebConfig.of(door).withPort(port).withDemo(demo.isPresent());
  }

  boolean isDemo() {
    return demo.isPresent();
  }

  /** The demo's folder, while it exists. */
  Optional<Path> demoFolder() {
    return demo.map(DemoVault::folder);
  }

  /** Locks the vault; a demo's folder is deleted with everything in it. */
  @Override
  public void close() {
    try {
      door.lock();
    } finally {
      demo.ifPresent(DemoVault::close);
    }
  }
}
