package app.walkaway.cli;

import app.walkaway.report.ReportPdf;
import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.service.EvidenceReports;
import app.walkaway.service.HisName;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import app.walkaway.text.ReportWords;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway report --out FILE.pdf}: the evidence report to give the police or a lawyer. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Makes a PDF of your evidence journal to give the police or a lawyer.",
      "%nA summary page, then every entry in the order things happened, the SHA-256 of every"
          + " imported chat file, and how to check that nothing was changed. The file is not"
          + " encrypted: keep it somewhere safe."
    },
    footer = {"", "Example:", "  walkaway report --out evidence.pdf --by \"Maya Hale\""})
public final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.pdf",
      description = "Where to write the report.")
  Path out;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Your name as it should appear (default: not given).")
  String by = "";

  @Option(
      names = "--about",
      paramLabel = "NAME",
      description = "His name as it should appear (default: the name in your plan).")
  String about;

  @Override
  public void run() {
    if (Files.isDirectory(out)) {
      throw new ParameterException(
          spec.commandLine(), "--out " + out + " is a folder; name the PDF file to write");
    }
    EvidenceReport report;
    try (VaultSession opened = vault.open()) {
      String concerning = about != null ? about : HisName.find(opened).orElse("");
      report =
          EvidenceReports.build(opened, by, concerning, LocalNow.toTheSecond(), Version.current());
    }
    ReportPdf.write(report, out);
    PrintWriter print = spec.commandLine().getOut();
    print.println(
        "Wrote "
            + out
            + ": "
            + EvidenceWords.count(report.chain().size(), "entry", "entries")
            + ".");
    Wrap.print(print, "", "", ReportWords.check(report));
    print.println(
        "It is not encrypted: keep it somewhere only you can reach, or give it straight on.");
  }
}
