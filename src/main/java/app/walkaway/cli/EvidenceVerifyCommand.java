package app.walkaway.cli;

import app.walkaway.safety.evidence.Verification;
import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway evidence verify}: walks the whole chain. Exits 0 when every entry checks out, 3
 * when one does not (so a script can tell a broken chain from a wrong passphrase, which is 1).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that no evidence entry was changed, removed or reordered since it was recorded.",
      "%nPrints the chain head: write it down, or give it with a report, to show later that"
          + " nothing before it changed."
    })
public final class EvidenceVerifyCommand implements Callable<Integer> {
  static final int BROKEN = 3;

  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EvidenceJournal.Checked checked;
    try (VaultSession opened = vault.open()) {
      checked = new EvidenceJournal(opened).verify();
    }
    if (checked.sealedFirst() > 0) {
      out.println(EvidenceWords.sealedFirst(checked.sealedFirst()));
    }
    Wrap.print(out, "", "", EvidenceWords.verification(checked.verification()));
    if (checked.verification() instanceof Verification.Intact intact && intact.entries() > 0) {
      Wrap.print(out, "", "  ", EvidenceWords.head(intact.head()));
      return 0;
    }
    return checked.verification() instanceof Verification.Intact ? 0 : BROKEN;
  }
}
