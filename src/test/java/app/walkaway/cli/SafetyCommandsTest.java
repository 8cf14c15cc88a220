package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** walkaway safety screen / help / country end to end, in-process, on a real vault. */
class SafetyCommandsTest {
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
  }

  /** Fifteen answers in question order, then anything else. */
  private static String answers(String... byQuestion) {
    return String.join("\n", byQuestion) + "\n";
  }

  private static final String ALL_NO =
      answers(
          "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no",
          "");

  @Test
  void oneCriticalAnswerSaysTalkToASpecialistNowAndIsKeptWithTheDate() throws Exception {
    cli.init();
    cli.run("safety", "country", "GB");
    // Strangling (the fourth question) yes; the rest no.
    String input =
        answers(
            "no",
            "no",
            "no",
            "yes",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "no",
            "He grabbed my neck in the car.");

    CliRun run = Stdin.with(input, () -> cli.run("safety", "screen"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains(
            "What you told me points to serious danger. Please talk to a domestic-abuse specialist today.")
        .contains("If you are in danger right now, call 999.")
        .contains("Because you said:")
        .contains("he has put something around your neck or stopped you breathing")
        .contains("National Domestic Abuse Helpline (run by Refuge): call 0808 2000 247")
        .contains("Do not tell him you are stepping back or leaving")
        .contains("Fewer signs does not mean you are safe")
        .contains("not a validated risk assessment")
        .contains("kept in your vault with today's date")
        .doesNotContain("STRANGLING");
    JsonNode export = new ObjectMapper().readTree(cli.run("export", "--json").out());
    JsonNode screen = export.get("risk_screens").get(0);
    assertThat(screen.get("outcome").asText()).isEqualTo("specialist-now");
    assertThat(
            new ObjectMapper()
                .readTree(screen.get("answers").asText())
                .get("replies")
                .get("strangling")
                .asText())
        .isEqualTo("yes");
  }

  @Test
  void allNoIsNeverCalledSafeAndStillShowsWhomToCall() {
    cli.init();

    CliRun run = Stdin.with(ALL_NO, () -> cli.run("safety", "screen", "--country", "ie"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains("You answered no to every question.")
        .contains("cannot tell you that you are safe")
        .contains("call 999, or call 112")
        .contains("Women's Aid 24-hour National Freephone Helpline: call 1800 341 900")
        .doesNotContain("Because you said:");
  }

  @Test
  void withoutAVaultTheScreenStillAnswersAndSaysNothingWasKept() {
    CliRun run = Stdin.with(ALL_NO, () -> cli.run("safety", "screen"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains("If you are in danger right now, call your local emergency number.")
        .contains("Choose your country")
        .contains("Not kept: there is no vault yet");
  }

  @Test
  void answersThatEndEarlyKeepNothingAndSaySo() {
    cli.init();

    CliRun run = Stdin.with("no\nyes\n", () -> cli.run("safety", "screen"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(flat(run.err())).contains("stopped before the end").contains("Nothing was kept");
    assertThat(cli.run("export", "--json").out()).contains("\"risk_screens\" : [ ]");
  }

  @Test
  void anEndlessAnswerIsRefusedAndNothingIsKept() {
    cli.init();

    CliRun run = Stdin.with("y".repeat(100_000), () -> cli.run("safety", "screen"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(flat(run.err()))
        .contains("an answer is longer than 200 characters; nothing was kept");
  }

  @Test
  void helpShowsHerCountrysNumbersAndTheirSources() {
    CliRun run = cli.run("safety", "help", "--country", "AU", "--sources");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains("If you are in danger right now, call 000.")
        .contains("1800RESPECT: call 1800 737 732, or text 0458 737 732.")
        .contains(
            "from https://www.1800respect.org.au/terms-and-conditions (checked 2026-12-07 (stored copy))");
  }

  @Test
  void anUnknownCountrySaysWhichThereAre() {
    CliRun run = cli.run("safety", "help", "--country", "NZ");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(flat(run.err()))
        .contains("no help numbers are kept for 'NZ'")
        .contains("AU, CA, DE");
  }

  /** The output with line wrapping undone, so checks do not depend on the terminal width. */
  @Test
  void hisThreatSuggestsYesAndAnEmptyAnswerConfirmsIt() throws Exception {
    cli.init();
    Path chat =
        java.nio.file.Files.writeString(
            dir.resolve("chat.txt"),
            "12/01/2026, 18:03 - Juniper Hale: Please stop writing to me.\n"
                + "12/01/2026, 23:50 - Ollie Brand: I will make you pay for this.\n");
    cli.run("import", chat.toString(), "--me", "Juniper");
    // The second question (threats to kill) is suggested: Enter keeps yes. The rest no.
    String input =
        answers(
            "no", "", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no",
            "");

    CliRun run = Stdin.with(input, () -> cli.run("safety", "screen"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(flat(run.out()))
        .contains("His messages suggest yes here (a threat)")
        .contains("talk to a domestic-abuse specialist today")
        .contains("he has talked about killing you or your children");
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
