package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.bench.WebLoad;
import app.walkaway.service.VaultPlace;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load run of bench/web-load.sh in the reduced form the build can afford: 10 clients for 5
 * seconds over the story's small vault, through the real server and the real guard (her cookie, her
 * token, the unlock throttle). Zero errors; Lock half way and Quick exit near the end still hold
 * under that load. The figures are printed, not judged: the machine is shared.
 */
final class WebLoadTest {
  @TempDir Path home;

  @Test
  @Timeout(120)
  void tenClientsForFiveSecondsGetEveryPageAndLockStillHolds() throws InterruptedException {
    Story.WITH_PLAN.writeInto(VaultPlace.in(home), Servers.PASSPHRASE);
    VaultDoor door = Servers.fresh(home, Duration.ofMinutes(15));
    try (WebApp app = Servers.start(Servers.config(door, Story.WITH_PLAN))) {
      WebLoad.Settings here =
          new WebLoad.Settings(
              app.address(),
              Servers.PASSPHRASE.toCharArray(),
              10,
              Duration.ofSeconds(5),
              WebLoad.PAGES);
      WebLoad.Result result = WebLoad.run(here);
      System.out.print(WebLoad.report(result, here));
      assertThat(result.errorSamples()).isEmpty();
      assertThat(result.errors()).isZero();
      assertThat(result.pages())
          .hasSize(WebLoad.PAGES.size())
          .allSatisfy(page -> assertThat(page.requests()).as(page.page()).isPositive());
      assertThat(result.lockHeld()).as("Lock under load").isTrue();
      assertThat(result.exitHeld()).as("Quick exit under load").isTrue();
      assertThat(door.state()).isEqualTo(VaultDoor.State.LOCKED);
    }
  }
}
