package app.walkaway.report;

import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.text.ReportWords;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The line at the foot of every page, added once the number of pages is known. */
final class Footers {
  private static final float SIZE = 7.5f;

  private Footers() {}

  static void add(PDDocument document, Fonts fonts, EvidenceReport report) throws IOException {
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      String text = fonts.drawable(fonts.regular, ReportWords.footer(report, i + 1, pages));
      try (PDPageContentStream stream =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream.setStrokingColor(Style.RULE);
        stream.setLineWidth(0.5f);
        stream.moveTo(Flow.MARGIN, Flow.MARGIN + 6);
        stream.lineTo(Flow.MARGIN + Flow.WIDTH, Flow.MARGIN + 6);
        stream.stroke();
        stream.beginText();
        stream.setFont(fonts.regular, SIZE);
        stream.setNonStrokingColor(Style.GREY);
        stream.newLineAtOffset(Flow.MARGIN, Flow.MARGIN - 6);
        stream.showText(text);
        stream.endText();
      }
    }
  }
}
