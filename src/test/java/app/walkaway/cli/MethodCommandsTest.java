package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, readiness and today end to end, in-process, against a real vault in a temp folder. */
class MethodCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
  }

  private JsonNode today(String now) throws Exception {
    CliRun run = cli.run("today", "--now", now, "--zone", "Europe/London", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static List<String> guidanceIds(JsonNode today) {
    List<String> ids = new ArrayList<>();
    today.get("guidance").forEach(g -> ids.add(g.get("id").asText()));
    return ids;
  }

  private CliRun withInput(String input, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return cli.run("readiness", args);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void sheStartsAPlanLogsASlipAndAnUrgeAndTodayTellsHerWhereSheStands() throws Exception {
    cli.init();
    assertThat(cli.run("plan", "start", "--date", "2026-03-01").exitCode()).isZero();
    assertThat(cli.run("log", "slip", "--at", "2026-03-04 22:15").exitCode()).isZero();
    assertThat(
            cli.run(
                    "log",
                    "urge",
                    "--at",
                    "2026-03-05 07:40",
                    "--text",
                    "I keep thinking of the lake")
                .exitCode())
        .isZero();

    JsonNode today = today("2026-03-05 09:00");

    assertThat(today.get("day").asInt()).isEqualTo(4);
    assertThat(today.get("streak_days").asInt()).isZero();
    assertThat(today.get("longest_streak_days").asInt()).isEqualTo(3);
    assertThat(today.get("slips").asInt()).isEqualTo(1);
    assertThat(today.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(guidanceIds(today)).startsWith("guide.slipped", "guide.urge").hasSizeBetween(2, 4);
  }

  @Test
  void aWeekLaterTheSlipHasFadedToADentAndTheStreakHasGrown() throws Exception {
    cli.init();
    cli.run("plan", "start", "--date", "2026-03-01");
    cli.run("log", "slip", "--at", "2026-03-04 22:15");

    JsonNode today = today("2026-03-12 09:00");

    assertThat(today.get("streak_days").asInt()).isEqualTo(7);
    assertThat(today.get("slips").asInt()).isEqualTo(1);
    assertThat(guidanceIds(today)).doesNotContain("guide.slipped");
  }

  @Test
  void inAStrictPlanHerLoggedReplyCountsUnlessItIsAnException() throws Exception {
    cli.init();
    cli.run("plan", "start", "--date", "2026-03-01", "--mode", "strict", "--exception", "children");
    cli.run("log", "message", "--at", "2026-03-03 18:00", "--text", "are you ok?");
    cli.run("log", "message", "--who", "me", "--at", "2026-03-03 18:30", "--text", "yes");
    cli.run(
        "log",
        "message",
        "--who",
        "me",
        "--at",
        "2026-03-06 12:00",
        "--text",
        "Pick up the kids at 5?");

    JsonNode today = today("2026-03-07 10:00");

    assertThat(today.get("slips").asInt()).isEqualTo(1);
    assertThat(today.get("slip_evidence").get(0).get("cause").asText())
        .isEqualTo("contact-in-strict-plan");
  }

  @Test
  void aThreatInHisWordsPutsSafetyBeforeThePlan() throws Exception {
    cli.init();
    cli.run("plan", "start", "--date", "2026-03-01");
    cli.run("log", "message", "--at", "2026-03-09 23:40", "--text", "You'll regret ignoring me");

    List<String> ids = guidanceIds(today("2026-03-10 09:00"));

    assertThat(ids).startsWith("guide.red-flag").contains("safety.emergency");
    assertThat(ids).noneMatch(id -> id.startsWith("guide.mid") || id.startsWith("guide.week"));
  }

  @Test
  void planShowRepeatsThePlanWithItsExceptionsAndExitDrafts() {
    cli.init();
    CliRun start =
        cli.run(
            "plan",
            "start",
            "--date",
            "2026-04-01",
            "--mode",
            "strict",
            "--exception",
            "#Children",
            "--situation",
            "after-breakup",
            "--tactic",
            "no-first-contact",
            "--tactic",
            "post-less",
            "--tactic",
            "dating-others");
    CliRun show = cli.run("plan", "show");

    assertThat(start.exitCode()).as(start.err()).isZero();
    assertThat(show.exitCode()).isZero();
    assertThat(show.out())
        .contains("Your plan starts on 2026-04-01")
        .contains("strict mode: no contact")
        .contains("#children")
        .contains("draft.after-breakup.time-to-heal")
        .contains("Take a break from posting altogether.")
        .contains("Be careful: The advice is split");
  }

  @Test
  void mistakesGetPlainMessages() {
    cli.init();
    CliRun noPlan = cli.run("today");
    CliRun badTactic = cli.run("plan", "start", "--date", "2026-03-01", "--tactic", "ghosting");
    CliRun badDate = cli.run("plan", "start", "--date", "1 March");
    cli.run("plan", "start", "--date", "2026-03-01");
    CliRun badNow = cli.run("today", "--now", "tomorrow");

    assertThat(noPlan.err()).contains("there is no plan yet").contains("walkaway plan start");
    assertThat(badTactic.err()).contains("unknown tactic 'ghosting'").contains("slow-replies");
    assertThat(badDate.err()).contains("cannot read '1 March' as a date");
    assertThat(badNow.err()).contains("cannot read 'tomorrow' as a date and time");
    for (CliRun run : List.of(noPlan, badTactic, badDate, badNow)) {
      assertThat(run.exitCode()).isNotZero();
      assertThat(run.err()).doesNotContain("Exception");
    }
  }

  @Test
  void aSafetyFirstReadinessNeverLeadsToAGamePlan() {
    cli.init();
    CliRun readiness =
        cli.run(
            "readiness",
            "--situation",
            "distant",
            "--accept-loss",
            "yes",
            "--talked-first",
            "yes",
            "--own-part",
            "yes",
            "--motive",
            "no",
            "--harm",
            "yes",
            "--control",
            "no");
    CliRun start = cli.run("plan", "start", "--date", "2026-03-01");

    assertThat(readiness.out())
        .contains("SAFETY FIRST")
        .contains("emergency number")
        .contains("helpline")
        .doesNotContain("plan start");
    assertThat(start.exitCode()).isNotZero();
    assertThat(start.err()).contains("safety first").doesNotContain("Exception");
  }

  @Test
  void readinessReadsAnswersFromStandardInputAndSaysWhatToDoFirst() {
    cli.init();
    CliRun run = withInput("3\nno\nno\nyes\nno\nno\nno\n");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("NOT YET")
        .contains("Only step back if you can accept losing this for good.")
        .contains("Talk first");
  }

  @Test
  void readinessWorksBeforeThereIsAVaultButSaysItWasNotSaved() {
    CliRun run =
        cli.run(
            "readiness",
            "--situation",
            "always-initiate",
            "--accept-loss",
            "yes",
            "--talked-first",
            "yes",
            "--own-part",
            "yes",
            "--motive",
            "no",
            "--harm",
            "no",
            "--control",
            "no");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("READY").contains("Not saved");
  }
}
