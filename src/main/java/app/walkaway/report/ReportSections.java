package app.walkaway.report;

import app.walkaway.safety.evidence.AttachmentRef;
import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.text.EvidenceWords;
import app.walkaway.text.ReportWords;
import java.util.ArrayList;
import java.util.List;

/** The report's four parts, set into a {@link Flow}. */
final class ReportSections {
  private static final float LABEL_COLUMN = 108;
  private final Flow flow;
  private final Fonts fonts;
  private final EvidenceReport report;
  private final Style title;
  private final Style heading;
  private final Style body;
  private final Style label;
  private final Style small;
  private final Style mono;

  ReportSections(Flow flow, Fonts fonts, EvidenceReport report) {
    this.flow = flow;
    this.fonts = fonts;
    this.report = report;
    title = new Style(fonts.bold, 22, Style.INK, 0, 30);
    heading = new Style(fonts.bold, 14, Style.INK, 0, 20);
    body = new Style(fonts.regular, 10.5f, Style.INK, 0, 15);
    label = new Style(fonts.bold, 9, Style.GREY, 0, 15);
    small = new Style(fonts.regular, 8.5f, Style.GREY, 0, 12);
    mono = new Style(fonts.mono, 8, Style.INK, 0, 11.5f);
  }

  void summary() {
    flow.text(ReportWords.TITLE, title);
    flow.gap(10);
    pair("Kept by", ReportWords.keptBy(report));
    pair("Concerning", ReportWords.concerning(report));
    pair("Period", ReportWords.period(report));
    pair("Entries", ReportWords.entries(report));
    pair("By kind", ReportWords.byKind(report));
    flow.pair(
        "Check",
        ReportWords.check(report),
        label,
        ReportWords.checksOut(report) ? body : body.in(Style.ALERT),
        LABEL_COLUMN);
    flow.pair("Chain head", ReportWords.head(report), label, mono, LABEL_COLUMN);
    pair("Generated", ReportWords.generated(report));
    flow.gap(14);
    flow.rule();
    flow.gap(6);
    for (String paragraph : ReportWords.aboutThisReport(report)) {
      flow.text(paragraph, body.in(Style.GREY));
      flow.gap(5);
    }
  }

  void entries() {
    flow.newPage();
    flow.text(ReportWords.ENTRIES_TITLE, heading);
    flow.gap(6);
    if (report.entries().isEmpty()) {
      flow.text(ReportWords.noEntries(), body);
    }
    for (EvidenceReport.ReportEntry entry : report.entries()) {
      entry(entry);
    }
    if (fonts.replacedAny()) {
      flow.gap(6);
      flow.text(ReportWords.replaced(), small);
    }
  }

  private void entry(EvidenceReport.ReportEntry shown) {
    Entry entry = shown.entry();
    Incident incident = entry.incident();
    flow.keep(heading.leading() + 3 * body.leading());
    flow.rule();
    flow.text(
        EvidenceWords.when(incident.occurredAt())
            + " \u2014 "
            + EvidenceWords.kind(incident.kind()),
        new Style(fonts.bold, 11.5f, Style.INK, 0, 17));
    flow.text(notes(shown), small);
    flow.gap(3);
    if (!incident.what().isEmpty()) {
      flow.text(incident.what(), body);
    }
    incident.quote().ifPresent(this::quote);
    details(incident);
    files(incident.attachments());
    flow.gap(8);
  }

  private String notes(EvidenceReport.ReportEntry shown) {
    List<String> notes = new ArrayList<>();
    notes.add(ReportWords.entryNumber(shown.entry().seq()));
    notes.add(ReportWords.recordedLine(shown.entry().recordedAt()));
    shown.entry().incident().refersTo().ifPresent(r -> notes.add(EvidenceWords.reference(r)));
    if (!shown.correctedBy().isEmpty()) {
      notes.add(ReportWords.correctedBy(shown.correctedBy()));
    }
    if (!shown.addedToBy().isEmpty()) {
      notes.add(ReportWords.addedToBy(shown.addedToBy()));
    }
    return String.join(" · ", notes);
  }

  private void quote(Quote quote) {
    flow.gap(4);
    flow.quote("\u201c" + quote.text() + "\u201d", body.indented(4));
    flow.quote(
        ReportWords.messageLine(quote.at(), quote.source(), quote.line()), small.indented(4));
    if (!quote.fileSha256().isEmpty()) {
      flow.quote("File SHA-256 " + quote.fileSha256(), mono.in(Style.GREY).indented(4));
    }
    flow.gap(4);
  }

  private void details(Incident incident) {
    Details d = incident.details();
    optional("How", EvidenceWords.channel(incident.channel()));
    optional("His number or handle", d.hisIdentifier());
    optional("Where", d.place());
    optional("Witnesses", d.witnesses());
    optional("Injuries", d.injuries());
    optional("Medical", d.medical());
    optional("Police reference", d.policeReference());
  }

  private void files(List<AttachmentRef> files) {
    for (AttachmentRef file : files) {
      if (file.isNameOnly()) {
        pair("File", ReportWords.nameOnly(file.name()));
        continue;
      }
      pair("File", ReportWords.fileLine(file.name(), file.size()));
      flow.text("SHA-256 " + file.sha256(), mono.in(Style.GREY).indented(LABEL_COLUMN));
    }
  }

  void sources() {
    flow.gap(10);
    flow.keep(heading.leading() + 4 * body.leading());
    flow.text(ReportWords.SOURCES_TITLE, heading);
    flow.gap(4);
    if (report.sourceFiles().isEmpty()) {
      flow.text(ReportWords.noSources(), body);
    }
    for (EvidenceReport.SourceFile file : report.sourceFiles()) {
      flow.keep(3 * body.leading());
      flow.text(file.name(), new Style(fonts.bold, 10, Style.INK, 0, 15));
      flow.text(
          file.sha256().isEmpty() ? ReportWords.sourceNotRecorded() : "SHA-256 " + file.sha256(),
          file.sha256().isEmpty() ? small : mono);
      flow.text(ReportWords.quotedIn(file.quotedIn()), small);
      flow.gap(5);
    }
  }

  void appendix() {
    flow.newPage();
    flow.text(ReportWords.APPENDIX_TITLE, heading);
    flow.gap(4);
    for (String paragraph : ReportWords.appendix()) {
      flow.text(paragraph, body.in(Style.GREY));
      flow.gap(5);
    }
    flow.gap(6);
    for (Entry entry : report.chain()) {
      flow.keep(4 * mono.leading());
      flow.text(
          "Entry " + entry.seq() + " · " + ReportWords.recordedLine(entry.recordedAt()),
          new Style(fonts.bold, 9, Style.INK, 0, 13));
      flow.text("previous " + orNone(entry.prevHash()), mono.in(Style.GREY));
      flow.text("seal     " + orNone(entry.hash()), mono);
      flow.gap(4);
    }
  }

  private static String orNone(String hash) {
    return hash.isEmpty() ? "(none)" : hash;
  }

  private void pair(String name, String value) {
    flow.pair(name, value, label, body, LABEL_COLUMN);
  }

  private void optional(String name, String value) {
    if (!value.isEmpty()) {
      pair(name, value);
    }
  }
}
