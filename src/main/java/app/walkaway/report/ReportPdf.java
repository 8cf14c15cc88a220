package app.walkaway.report;

import app.walkaway.safety.evidence.EvidenceReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes an {@link EvidenceReport} as a PDF: a summary page, the entries in the order things
 * happened, the source files with their SHA-256, and an appendix for checking the seals; every page
 * footed with when it was made, the chain head and the page number.
 */
public final class ReportPdf {
  private ReportPdf() {}

  /**
   * Writes to {@code out} through a temporary file beside it, so a failure never leaves half a
   * report where she expects a whole one.
   */
  public static void write(EvidenceReport report, Path out) {
    Path folder = out.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, ".walkaway-report-", ".pdf.part");
      try {
        try (OutputStream stream = Files.newOutputStream(partial)) {
          write(report, stream);
        }
        Files.move(
            partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write the report (" + e.getMessage() + ")", e);
    }
  }

  public static void write(EvidenceReport report, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      Fonts fonts = new Fonts(document);
      try (Flow flow = new Flow(document, fonts)) {
        ReportSections sections = new ReportSections(flow, fonts, report);
        sections.summary();
        sections.entries();
        sections.sources();
        sections.appendix();
      }
      Footers.add(document, fonts, report);
      describe(document, report);
      document.save(out);
    }
  }

  private static void describe(PDDocument document, EvidenceReport report) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(app.walkaway.text.ReportWords.TITLE);
    info.setCreator("Walkaway " + report.version());
    info.setProducer("Walkaway " + report.version());
    info.setCreationDate(
        GregorianCalendar.from(report.generatedAt().atZone(ZoneId.systemDefault())));
  }
}
