package app.walkaway.web;

import app.walkaway.text.PassphraseWords;
import app.walkaway.web.view.FieldProblems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;

/**
 * First run: what Walkaway is, then her passphrase, twice, with the plain warning that nobody can
 * recover it. Creating the vault leads on to the first steps.
 */
final class WelcomePage {
  static final String FIRST = "passphrase";
  static final String SECOND = "again";
  private final Kit kit;

  WelcomePage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    render(ctx, FieldProblems.NONE);
  }

  void create(Context ctx) {
    char[] first = field(ctx, FIRST);
    char[] second = field(ctx, SECOND);
    try {
      FieldProblems problems = check(first, second);
      if (problems.any()) {
        render(ctx, problems);
        return;
      }
      VaultDoor.Attempt attempt = kit.door().create(first);
      if (attempt instanceof VaultDoor.Refused refused) {
        render(ctx, FieldProblems.of(FIRST, DoorWords.of(refused.problem())));
      } else {
        ctx.redirect(FirstStepsPage.PATH, HttpStatus.SEE_OTHER);
      }
    } finally {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
    }
  }

  private static FieldProblems check(char[] first, char[] second) {
    if (first.length == 0) {
      return FieldProblems.of(FIRST, PassphraseWords.CHOOSE);
    }
    if (second.length == 0) {
      return FieldProblems.of(SECOND, PassphraseWords.AGAIN);
    }
    if (!Arrays.equals(first, second)) {
      return FieldProblems.of(SECOND, PassphraseWords.NOT_THE_SAME);
    }
    return FieldProblems.NONE;
  }

  private static char[] field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? new char[0] : value.toCharArray();
  }

  private void render(Context ctx, FieldProblems problems) {
    kit.render(
        ctx,
        "welcome.jte",
        Map.of(
            "shell",
            kit.frame().plain(),
            "form",
            problems,
            "notice",
            kit.notices().take().orElse("")));
  }
}
