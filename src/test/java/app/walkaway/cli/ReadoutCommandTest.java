package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.Plans;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code walkaway readout} over a real vault in a temp folder. */
class ReadoutCommandTest {
  private static final Path EXAMPLE = Path.of("examples/whatsapp-maya-and-sam.txt");
  @TempDir Path dir;

  private VaultCli vaultWithTheExample() {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    assertThat(cli.run("import", EXAMPLE.toString(), "--me", "Maya").exitCode()).isZero();
    return cli;
  }

  @Test
  void readsTheVaultAndGivesTheSameOutcomeAsAnalyze() throws Exception {
    VaultCli cli = vaultWithTheExample();

    CliRun run = cli.run("readout", "--start", "2026-03-01", "--now", "2026-04-15T20:00", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("readout").get("outcome").asText()).isEqualTo("CHASING");
    assertThat(root.get("readout").get("next_steps")).isNotEmpty();
    assertThat(root.get("readout").get("next_steps").get(0).get("text").asText()).isNotBlank();
    assertThat(root.get("signals").get("messages")).isNotEmpty();
  }

  @Test
  void aLoggedVisitAfterTheStartMakesItUnsafe() {
    VaultCli cli = vaultWithTheExample();
    cli.run("log", "visit", "--at", "2026-04-10 21:30", "--text", "Waited outside my flat");

    CliRun run = cli.run("readout", "--start", "2026-03-01", "--now", "2026-04-15T20:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Signals in his messages:")
        .contains("Read-out: UNSAFE")
        .contains("Your safety first:")
        .contains("\"Waited outside my flat\"")
        .contains("logged by hand");
  }

  @Test
  void theStartDayAndHisNameComeFromTheSavedPlan() {
    VaultCli cli = vaultWithTheExample();
    Plan plan = new Plan(LocalDate.of(2026, 3, 1), Mode.SOFT, List.of(), List.of(), "", "Sam");
    try (VaultSession session =
        VaultSession.unlock(
            VaultPlace.in(cli.home()),
            VaultCli.PASSPHRASE.toCharArray(),
            SessionSettings.oneCommand())) {
      Plans.start(
          session,
          new PlanRequest(
              plan.start(),
              plan.mode(),
              plan.tactics(),
              plan.exceptions(),
              Optional.empty(),
              "Sam"));
    }

    CliRun run = cli.run("readout", "--now", "2026-04-15T20:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Read-out: CHASING (45 days since you started")
        .contains("Sam is reaching for you more than before");
  }

  @Test
  void withoutAPlanOrStartItSaysWhatIsMissing() {
    VaultCli cli = vaultWithTheExample();

    CliRun run = cli.run("readout");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("no start day: give --start YYYY-MM-DD")
        .doesNotContain("Exception");
  }

  @Test
  void analyzeOverTheVaultGainsTheReadoutToo() throws Exception {
    VaultCli cli = vaultWithTheExample();

    CliRun run = cli.run("analyze", "--start", "2026-03-01", "--now", "2026-04-15T20:00", "--json");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("readout").get("outcome").asText()).isEqualTo("CHASING");
  }
}
