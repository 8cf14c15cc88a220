package app.walkaway.web;

import app.walkaway.report.ReportPdf;
import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.IncidentKind;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.safety.evidence.Verification;
import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.EvidenceReports;
import app.walkaway.service.HisName;
import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Option;
import app.walkaway.web.view.SafetyView;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence journal: every entry (newest first), adding an incident in her words, checking the
 * chain with the answer in plain words, keeping one of his red-flag messages from the read-out, and
 * the report as a PDF download.
 */
final class EvidencePage {
  static final String PATH = "/safety/evidence";
  static final String VERIFY = "/safety/evidence/verify";
  static final String MESSAGE = "/safety/evidence/message";
  static final String REPORT = "/safety/report";

  /** Her words for one entry: a long account fits; a pasted book does not. */
  static final int MAX_WORDS = 20_000;

  static final int MAX_FIELD = 500;
  private static final List<String> DETAILS =
      List.of("place", "witnesses", "injuries", "police-ref", "his-id");

  private final Kit kit;

  EvidencePage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    render(ctx, FieldProblems.NONE, kit.notices().take(), false);
  }

  void add(Context ctx) {
    Map<String, String> typed = new HashMap<>();
    for (String name :
        List.of("at", "kind", "what", "place", "witnesses", "injuries", "police-ref", "his-id")) {
      typed.put(name, Optional.ofNullable(ctx.formParam(name)).orElse("").strip());
    }
    Map<String, String> problems = new HashMap<>();
    Optional<LocalDateTime> at = moment(typed.get("at"));
    if (at.isEmpty()) {
      problems.put(
          "at", "Write when it happened as a date and time, for example 2026-12-05 23:40.");
    } else if (at.get().isAfter(kit.now())) {
      problems.put("at", "That is still to come. Write when it happened.");
    }
    Optional<IncidentKind> kind = IncidentKind.fromLabel(typed.get("kind"));
    if (kind.isEmpty()) {
      problems.put("kind", "Choose what kind of incident it was.");
    }
    String what = typed.get("what").replace("\r\n", "\n");
    if (what.isEmpty()) {
      problems.put("what", "Write what happened, in your own words.");
    } else if (what.length() > MAX_WORDS) {
      problems.put(
          "what", "That is longer than " + MAX_WORDS + " characters. Split it into two entries.");
    }
    for (String name : DETAILS) {
      if (typed.get(name).length() > MAX_FIELD) {
        problems.put(name, "At most " + MAX_FIELD + " characters here, please.");
      }
    }
    if (!problems.isEmpty()) {
      render(ctx, new FieldProblems(problems, typed), Optional.empty(), false);
      return;
    }
    Incident incident =
        Incident.inHerWords(at.get(), kind.get().label(), what)
            .withDetails(
                new Details(
                    oneLine(typed.get("his-id")),
                    oneLine(typed.get("place")),
                    oneLine(typed.get("witnesses")),
                    oneLine(typed.get("injuries")),
                    "",
                    oneLine(typed.get("police-ref"))));
    EvidenceJournal.Added added =
        new EvidenceJournal(kit.session()).add(incident, List.of(), kit.now());
    kit.notices().put(EvidenceWords.added(added.entry()));
    ctx.redirect(PATH + "#notice", HttpStatus.SEE_OTHER);
  }

  void verify(Context ctx) {
    EvidenceJournal.Checked checked = new EvidenceJournal(kit.session()).verify();
    String answer = EvidenceWords.verification(checked.verification());
    if (checked.verification() instanceof Verification.Intact intact && intact.entries() > 0) {
      answer += " " + EvidenceWords.head(intact.head());
    }
    render(
        ctx,
        FieldProblems.NONE,
        Optional.of(answer),
        checked.verification() instanceof Verification.Broken);
  }

  /** "Add to evidence" beside one of his red-flag messages on the Read-out. */
  void message(Context ctx) {
    String file = Optional.ofNullable(ctx.formParam("file")).orElse("");
    Optional<Long> line = number(ctx.formParam("line"));
    if (file.isEmpty() || line.isEmpty()) {
      kit.notices().put("That message could not be found. Nothing was added.");
      ctx.redirect(PATH + "#notice", HttpStatus.SEE_OTHER);
      return;
    }
    String notice;
    try {
      EvidenceJournal.Added added =
          new EvidenceJournal(kit.session())
              .addMessageAt(file, line.get(), IncidentKind.THREAT.label(), "", kit.now());
      notice = EvidenceWords.added(added.entry());
    } catch (ServiceException e) {
      if (e.problem() != ServiceException.Problem.BAD_INPUT) {
        throw e;
      }
      notice = "That message is no longer in your vault. Nothing was added.";
    }
    kit.notices().put(notice);
    ctx.redirect(PATH + "#notice", HttpStatus.SEE_OTHER);
  }

  /** The report as a PDF: the journal checked (and waiting entries sealed) first. */
  void report(Context ctx) throws IOException {
    VaultSession session = kit.session();
    String by = oneLine(Optional.ofNullable(ctx.formParam("by")).orElse(""));
    if (by.length() > MAX_FIELD) {
      by = by.substring(0, MAX_FIELD);
    }
    EvidenceReport report =
        EvidenceReports.build(
            session, by, HisName.find(session).orElse(""), kit.now(), WebVersion.current());
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "attachment; filename=\"evidence-" + kit.today() + ".pdf\"");
    ReportPdf.write(report, ctx.outputStream());
  }

  private void render(
      Context ctx, FieldProblems problems, Optional<String> notice, boolean broken) {
    VaultSession session = kit.session();
    List<Entry> entries = new ArrayList<>(new EvidenceJournal(session).entries());
    java.util.Collections.reverse(entries);
    List<Option> kinds = new ArrayList<>();
    String chosen = problems.typed("kind");
    for (IncidentKind kind : IncidentKind.values()) {
      kinds.add(
          new Option(
              kind.label(), EvidenceWords.kind(kind.label()), "", kind.label().equals(chosen)));
    }
    kit.render(
        ctx,
        "safety-evidence.jte",
        Map.of(
            "shell",
            kit.at(Section.SAFETY),
            "journal",
            new SafetyView.Journal(
                entries.stream().map(EvidencePage::entry).toList(),
                notice,
                broken,
                kinds,
                problems),
            "help",
            SafetyPage.help(session)));
  }

  private static SafetyView.Entry entry(Entry entry) {
    Incident incident = entry.incident();
    List<String> details = new ArrayList<>();
    incident
        .refersTo()
        .ifPresent(r -> details.add("This entry " + EvidenceWords.reference(r) + "."));
    detail(details, "How", EvidenceWords.channel(incident.channel()));
    Details d = incident.details();
    detail(details, "His number or handle", d.hisIdentifier());
    detail(details, "Where", d.place());
    detail(details, "Witnesses", d.witnesses());
    detail(details, "Injuries", d.injuries());
    detail(details, "Medical", d.medical());
    detail(details, "Police reference", d.policeReference());
    incident
        .attachments()
        .forEach(f -> details.add("File: " + f.name() + (f.isNameOnly() ? " (name only)" : "")));
    return new SafetyView.Entry(
        entry.seq(),
        EvidenceWords.kind(incident.kind()) + " · " + EvidenceWords.when(incident.occurredAt()),
        incident.what(),
        incident.quote().map(Quote::text),
        incident.quote().map(EvidencePage::source).orElse(""),
        details,
        "Recorded " + EvidenceWords.recorded(entry.recordedAt()));
  }

  private static String source(Quote quote) {
    return "He sent it "
        + EvidenceWords.when(quote.at())
        + ". From "
        + quote.source()
        + (quote.line() > 0 ? ", line " + quote.line() : "")
        + (quote.fileSha256().isEmpty()
            ? "."
            : "; the file's SHA-256 is " + quote.fileSha256() + ".");
  }

  private static void detail(List<String> details, String name, String value) {
    if (!value.isEmpty()) {
      details.add(name + ": " + value);
    }
  }

  private static Optional<LocalDateTime> moment(String typed) {
    try {
      return Optional.of(TypedTime.moment(typed));
    } catch (ServiceException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> number(String sent) {
    if (sent == null || !sent.matches("[1-9][0-9]{0,9}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(sent));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ").strip();
  }
}
