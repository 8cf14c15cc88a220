package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.method.MethodException;
import app.walkaway.method.PlanJson;
import app.walkaway.service.ServiceException;
import app.walkaway.service.ServiceException.Problem;
import org.junit.jupiter.api.Test;

/** The command line adds, to what went wrong, the command that puts it right. */
class ProblemWordsTest {
  @Test
  void aMissingVaultPointsToInit() {
    assertThat(
            ProblemWords.of(
                new ServiceException(Problem.NO_VAULT, "/h/vault.db: no vault here yet")))
        .isEqualTo("/h/vault.db: no vault here yet; create one with: walkaway init");
  }

  @Test
  void aMissingPlanPointsToPlanStart() {
    assertThat(ProblemWords.of(new ServiceException(Problem.NO_PLAN, "v: there is no plan yet")))
        .endsWith("; start one with: walkaway plan start --date YYYY-MM-DD");
  }

  @Test
  void anUnreadablePlanPointsToStartingItAgain() {
    MethodException e = null;
    try {
      PlanJson.readPlan("{}", "vault.db");
    } catch (MethodException thrown) {
      e = thrown;
    }
    assertThat(e).isNotNull();
    assertThat(ProblemWords.of(e))
        .endsWith("start it again with walkaway plan start --date YYYY-MM-DD");
  }

  @Test
  void aDamagedVaultNamesTheBackupCommandOnce() {
    String worded =
        ProblemWords.of(
            new ServiceException(Problem.DAMAGED_VAULT, "v: damaged. Restore it from a backup."));
    assertThat(worded).contains("walkaway backup makes one");
    String already =
        ProblemWords.of(
            new ServiceException(
                Problem.DAMAGED_VAULT, "v: restore a copy made with walkaway backup."));
    assertThat(already).isEqualTo("v: restore a copy made with walkaway backup.");
  }

  @Test
  void problemsWithNothingToAddAreSaidAsTheyAre() {
    assertThat(ProblemWords.of(new ServiceException(Problem.BAD_INPUT, "a slip is always yours")))
        .isEqualTo("a slip is always yours");
  }
}
