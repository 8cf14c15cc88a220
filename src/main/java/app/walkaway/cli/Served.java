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
    return new Served(new VaultDoor(place, SessionSettings.defaults()), Optional.empty());
  }

  /**
   * A throwaway demo vault telling {@code story}, made in a new folder in {@code tempRoot} with the
   * story ending the day before {@code now}, and open already. It locks as hers does (the lock
   * button, Quick exit, the idle time), and its lock screen shows its passphrase. Her own vault is
   * not looked at.
   */
  static Served demo(DemoStory story, Path tempRoot, LocalDateTime now) {
    SessionSettings settings = SessionSettings.defaults();
    DemoVault vault =
        DemoVault.open(new DemoRequest(tempRoot, story, DemoRequest.SEED, now, settings));
    return new Served(
        VaultDoor.opened(vault.place(), vault.session(), settings), Optional.of(vault));
  }

  /**
   * How the web app is configured for it: the demo wears its ribbon on every page, and its Import
   * page shows the import of the story's chat.
   */
  WebConfig config(int port) {
    WebConfig config = WebConfig.of(door).withPort(port).withDemo(demo.isPresent());
    return demo.map(d -> config.withLastImport(d.imported())).orElse(config);
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
