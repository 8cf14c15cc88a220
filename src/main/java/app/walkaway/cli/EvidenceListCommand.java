package app.walkaway.cli;

import app.walkaway.safety.evidence.AttachmentRef;
import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code walkaway evidence list}: every entry, in the order recorded. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists your evidence entries in the order you recorded them.")
public final class EvidenceListCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    List<Entry> entries;
    try (VaultSession opened = vault.open()) {
      entries = new EvidenceJournal(opened).entries();
    }
    if (entries.isEmpty()) {
      out.println("Your evidence journal is empty. Add to it with: walkaway evidence add");
      return;
    }
    for (Entry entry : entries) {
      print(out, entry);
    }
  }

  private static void print(PrintWriter out, Entry entry) {
    Incident incident = entry.incident();
    out.printf(
        "%d. %s  %s%s%n",
        entry.seq(),
        EvidenceWords.when(incident.occurredAt()),
        EvidenceWords.kind(incident.kind()),
        incident.refersTo().map(r -> " (" + EvidenceWords.reference(r) + ")").orElse(""));
    if (!incident.what().isEmpty()) {
      for (String line : incident.what().split("\n")) {
        Wrap.print(out, "   ", "   ", line);
      }
    }
    incident.quote().ifPresent(q -> quote(out, q));
    details(out, incident);
    for (AttachmentRef file : incident.attachments()) {
      out.println(
          "   File: "
              + file.name()
              + (file.isNameOnly()
                  ? " (name only; the file was not kept)"
                  : ", SHA-256 " + file.sha256()));
    }
    out.println("   Recorded " + EvidenceWords.recorded(entry.recordedAt()));
    out.println();
  }

  private static void quote(PrintWriter out, Quote quote) {
    Wrap.print(out, "   Message: \"", "   ", quote.text() + "\"");
    out.println(
        "     "
            + EvidenceWords.when(quote.at())
            + ", "
            + quote.source()
            + (quote.line() > 0 ? " line " + quote.line() : "")
            + (quote.fileSha256().isEmpty() ? "" : " (file SHA-256 " + quote.fileSha256() + ")"));
  }

  private static void details(PrintWriter out, Incident incident) {
    Details d = incident.details();
    field(out, "How", EvidenceWords.channel(incident.channel()));
    field(out, "His number or handle", d.hisIdentifier());
    field(out, "Where", d.place());
    field(out, "Witnesses", d.witnesses());
    field(out, "Injuries", d.injuries());
    field(out, "Medical", d.medical());
    field(out, "Police reference", d.policeReference());
  }

  private static void field(PrintWriter out, String name, String value) {
    if (!value.isEmpty()) {
      Wrap.print(out, "   " + name + ": ", "     ", value);
    }
  }
}
