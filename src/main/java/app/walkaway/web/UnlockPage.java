package app.walkaway.web;

import app.walkaway.security.UnlockThrottle;
import app.walkaway.security.UnlockThrottle.Outcome;
import app.walkaway.security.UnlockThrottle.Tried;
import app.walkaway.service.ServiceException.Problem;
import app.walkaway.text.PassphraseWords;
import app.walkaway.web.view.FieldProblems;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;

/**
 * The lock screen: only the app's name, the passphrase, and Quick exit. Wrong passphrases in a row
 * make the next try wait (the guard's count, kept beside the vault); opening starts her session. A
 * form shown again with what to fix is an ordinary page (200), here and on every form: the browser
 * reads a 4xx page as a failure.
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
    char[] chars = typed.toCharArray();
    Outcome<VaultDoor.Attempt> outcome;
    try {
      outcome = kit.guard().throttle().attempt(() -> kit.door().unlock(chars), UnlockPage::verdict);
    } finally {
      Arrays.fill(chars, '\0');
    }
    if (outcome instanceof UnlockThrottle.Wait<VaultDoor.Attempt> wait) {
      render(ctx, FieldProblems.of(FIELD, PassphraseWords.waitBeforeTrying(wait.left())));
    } else if (((Tried<VaultDoor.Attempt>) outcome).result() instanceof VaultDoor.Refused r) {
      render(ctx, FieldProblems.of(FIELD, DoorWords.of(r.problem())));
    } else {
      kit.guard().opened(ctx);
      ctx.redirect(Gate.HOME, HttpStatus.SEE_OTHER);
    }
  }

  /** Only a wrong passphrase counts as a guess; a damaged or busy vault does not. */
  static UnlockThrottle.Verdict verdict(VaultDoor.Attempt attempt) {
    if (attempt instanceof VaultDoor.Opened) {
      return UnlockThrottle.Verdict.OPENED;
    }
    return ((VaultDoor.Refused) attempt).problem() == Problem.WRONG_PASSPHRASE
        ? UnlockThrottle.Verdict.WRONG
        : UnlockThrottle.Verdict.OTHER;
  }

  private void render(Context ctx, FieldProblems problems) {
    kit.render(ctx, "unlock.jte", Map.of("shell", kit.frame().plain(), "form", problems));
  }
}
