package app.walkaway.web;

import app.walkaway.text.PassphraseWords;
import app.walkaway.web.view.FieldProblems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The lock screen: only the app's name, the passphrase, and Quick exit. A form shown again with
 * what to fix is an ordinary page (200), here and on every form: the browser reads a 4xx page as a
 * failure.
 */
final class UnlockPage {
  static final String FIELD = "passphrase";
  private final Kit kit;

  UnlockPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    render(ctx, FieldProblems.NONE);
  }

  void unlock(Context ctx) {
    String typed = ctx.formParam(FIELD);
    if (typed == null || typed.isEmpty()) {
      render(ctx, FieldProblems.of(FIELD, PassphraseWords.TYPE_IT));
      return;
    }
    VaultDoor.Attempt attempt = kit.door().unlock(typed.toCharArray());
    if (attempt instanceof VaultDoor.Refused refused) {
      render(ctx, FieldProblems.of(FIELD, DoorWords.of(refused.problem())));
    } else {
      ctx.redirect(Gate.HOME, HttpStatus.SEE_OTHER);
    }
  }

  private void render(Context ctx, FieldProblems problems) {
    kit.render(ctx, "unlock.jte", Map.of("shell", kit.frame().plain(), "form", problems));
  }
}
